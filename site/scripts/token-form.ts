import { onFormSuccess } from './form-success.ts';

/** See TokenPasswordForm.astro. */
const form = document.querySelector<HTMLFormElement>('form[data-token-form]');
const token = new URLSearchParams(location.search).get('jeton');
if (form && token) {
  form.querySelector<HTMLInputElement>('input[name="token"]')!.value = token;
  onFormSuccess(form.id, () => location.assign(form.dataset['tokenForm']!));
} else if (form) {
  form.hidden = true;
  document.querySelector<HTMLElement>('[data-missing-token]')!.hidden = false;
}
