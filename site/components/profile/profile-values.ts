/** What /api/profile says, as the values of each form of « Mes informations ». */
export interface ProfileAnswer {
  profile: {
    postalAddress: string | null;
    phone: string | null;
    nir: string | null;
    affiliationFund: string | null;
    documentsChannel: 'electronique' | 'papier';
    magazine: boolean;
  };
}

export interface ProfileValues {
  'contact-details-form': { postalAddress: string; phone: string };
  // The NIR comes masked: it is shown beside its field and typed whole to change it, never put back into it.
  'health-insurance-form': { affiliationFund: string };
  'communication-form': { documentsChannel: 'electronique' | 'papier'; magazine: boolean };
}

export type ProfileForm = keyof ProfileValues;

export const PROFILE_FORMS: readonly string[] = ['contact-details-form', 'health-insurance-form', 'communication-form'] satisfies ProfileForm[];

export const isProfileForm = (form: string): form is ProfileForm => PROFILE_FORMS.includes(form);

export function profileValues({ profile }: ProfileAnswer): ProfileValues {
  return {
    'contact-details-form': { postalAddress: profile.postalAddress ?? '', phone: profile.phone ?? '' },
    'health-insurance-form': { affiliationFund: profile.affiliationFund ?? '' },
    'communication-form': { documentsChannel: profile.documentsChannel, magazine: profile.magazine },
  };
}
