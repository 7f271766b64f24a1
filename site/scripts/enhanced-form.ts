/**
 * Progressive enhancement of a plain form (EnhancedForm.astro, EnhancedForm.tsx): the form is sent
 * as JSON (as multipart when it carries files), errors appear in place (a summary that takes the
 * focus, and a message next to each field), and success is handed to `onSuccess` and to the page
 * as a `form-success` event, both with the response body (failures also dispatch `form-error`
 * with the status, for the layout to catch an ended session). Without this script the same form
 * still posts, urlencoded or multipart, to the same action.
 */

import { clearErrors, focusFieldOfLink, type FormError, showErrors, summaryOf } from './form-errors.ts';

const NETWORK_ERROR = 'Connexion impossible : vérifiez votre réseau puis réessayez. Vos saisies sont conservées.';
const SERVER_ERROR = 'Le service ne répond pas pour le moment : réessayez dans quelques minutes. Vos saisies sont conservées.';

export function enhanceForm(form: HTMLFormElement, onSuccess?: (body: unknown) => void): void {
  // The server checks every field and answers in French; the browser's bubbles would only differ.
  form.noValidate = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(form, onSuccess);
  });
  summaryOf(form).addEventListener('click', focusFieldOfLink);
}

async function send(form: HTMLFormElement, onSuccess: ((body: unknown) => void) | undefined): Promise<void> {
  if (form.dataset['sending']) return;
  form.dataset['sending'] = 'true';
  // aria-disabled rather than disabled: the button keeps the focus while the request runs.
  const buttons = form.querySelectorAll('button[type="submit"], button:not([type])');
  for (const button of buttons) button.setAttribute('aria-disabled', 'true');
  clearErrors(form);
  try {
    // A form with files goes as it would without the script; the browser sets its boundary.
    const multipart = form.enctype === 'multipart/form-data';
    const response = await fetch(form.getAttribute('action') ?? '', {
      method: 'POST',
      headers: multipart ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: multipart ? new FormData(form) : JSON.stringify(valuesOf(form)),
      credentials: 'same-origin',
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) {
      onSuccess?.(body);
      form.dispatchEvent(new CustomEvent('form-success', { detail: body }));
    } else {
      showErrors(form, errorOf(body) ?? { message: SERVER_ERROR });
      form.dispatchEvent(new CustomEvent('form-error', { bubbles: true, detail: { status: response.status } }));
    }
  } catch {
    showErrors(form, { message: NETWORK_ERROR });
  } finally {
    delete form.dataset['sending'];
    for (const button of buttons) button.removeAttribute('aria-disabled');
  }
}

/** Named fields, hidden ones included; checkboxes become booleans, radio groups their chosen value. */
function valuesOf(form: HTMLFormElement): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const element of form.elements) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    if (!element.name || element.disabled) continue;
    // Of a group of radio buttons, only the chosen one speaks.
    if (element instanceof HTMLInputElement && element.type === 'radio' && !element.checked) continue;
    values[element.name] = element instanceof HTMLInputElement && element.type === 'checkbox' ? element.checked : element.value;
  }
  return values;
}

function errorOf(body: unknown): FormError | undefined {
  const error = (body as { error?: Partial<FormError> } | null)?.error;
  return typeof error?.message === 'string' ? { message: error.message, fields: error.fields } : undefined;
}
