import { api, bodyOf, HttpError } from './api.ts';
import { onFormSuccess } from './form-success.ts';

/**
 * « Mes informations »: fills the forms with what is known and says what was saved. The NIR and
 * the IBAN are checked by the server (server/checks/), whose messages appear next to the field;
 * both come back masked, so they are shown beside their field, never put into it.
 */
const state = document.getElementById('profile-state')!;
const field = (id: string) => document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
const statusOf = (name: string) => document.querySelector<HTMLElement>(`[data-status-for="${name}"]`)!;

/**
 * Puts what the server knows into the forms: all of them at load, only the saved one afterwards,
 * so that a person already typing in another form keeps what they typed.
 */
async function fill(savedForm?: HTMLElement): Promise<void> {
  const mine = (element: HTMLElement) => !savedForm || savedForm.contains(element);
  const setValue = (id: string, value: string | null) => {
    const input = field(id);
    if (mine(input)) input.value = value ?? '';
  };
  const setChecked = (id: string, checked: boolean) => {
    const box = document.getElementById(id) as HTMLInputElement;
    if (mine(box)) box.checked = checked;
  };
  try {
    const { role, email, profile, bank } = await bodyOf(await api.profile.$get());
    for (const element of document.querySelectorAll<HTMLElement>('[data-principal-only]')) element.hidden = role !== 'adherent';
    setValue('postalAddress', profile.postalAddress);
    setValue('phone', profile.phone);
    setValue('affiliationFund', profile.affiliationFund);
    setChecked(`documentsChannel-${profile.documentsChannel}`, true);
    setChecked('magazine', profile.magazine);
    document.getElementById('current-nir')!.textContent = profile.nir ?? 'aucun';
    document.getElementById('current-iban')!.textContent = bank?.iban ?? 'aucun';
    document.getElementById('current-email')!.textContent = email;
    state.hidden = true;
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return;
    state.textContent = 'Vos informations n’ont pas pu être chargées : vérifiez votre connexion puis rechargez la page.';
  }
}

for (const formId of ['contact-details-form', 'health-insurance-form', 'communication-form', 'bank-form', 'email-form']) {
  onFormSuccess<{ message: string }>(formId, ({ message }) => {
    statusOf(formId).textContent = message;
    void fill(document.getElementById(formId)!);
  });
}
onFormSuccess('step-up-request-form', () => {
  statusOf('step-up').textContent = 'Un code vient de vous être envoyé par e-mail.';
  field('code').focus();
});
onFormSuccess('step-up-verify-form', () => {
  statusOf('step-up').textContent = 'Code confirmé : vous pouvez changer votre IBAN ou votre adresse e-mail pendant quelques minutes.';
});
void fill();
