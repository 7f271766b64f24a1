import { describe, expect, it } from 'vitest';
import { profileValues } from './profile-values.ts';

describe('the values of the profile forms', () => {
  it('puts what is known in each form, an empty field for what is not, and never the masked NIR', () => {
    const values = profileValues({
      profile: { postalAddress: null, phone: '06 12 34 56 78', nir: '• •• •• •• ••• •56 78', affiliationFund: 'CPAM de Paris', documentsChannel: 'papier', magazine: true },
    });
    expect(values).toEqual({
      'contact-details-form': { postalAddress: '', phone: '06 12 34 56 78' },
      'health-insurance-form': { affiliationFund: 'CPAM de Paris' },
      'communication-form': { documentsChannel: 'papier', magazine: true },
    });
  });
});
