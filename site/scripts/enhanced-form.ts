/**
 * Progressive enhancement of every `form[data-enhanced]` (see EnhancedForm.astro): the form is sent
 * as JSON, errors appear in place (a summary that takes the focus, and a message next to each
 * field), and success is handed to the page as a `form-success` event carrying the response body
 * (failures also dispatch `form-error` with the status, for the layout to catch an ended session).
 * Without this script the same form still posts, urlencoded, to the same action.
 */

interface FormError {
  message: string;
  fields?: Record<string, string>;
}

const NETWORK_ERROR = 'Connexion impossible : vérifiez votre réseau puis réessayez. Vos saisies sont conservées.';
const SERVER_ERROR = 'Le service ne répond pas pour le moment : réessayez dans quelques minutes. Vos saisies sont conservées.';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-enhanced]')) {
  // The server checks every field and answers in French; the browser's bubbles would only differ.
  form.noValidate = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(form);
  });
  summaryOf(form).addEventListener('click', focusFieldOfLink);
}

async function send(form: HTMLFormElement): Promise<void> {
  if (form.dataset['sending']) return;
  form.dataset['sending'] = 'true';
  // aria-disabled rather than disabled: the button keeps the focus while the request runs.
  const buttons = form.querySelectorAll('button[type="submit"], button:not([type])');
  for (const button of buttons) button.setAttribute('aria-disabled', 'true');
  clearErrors(form);
  try {
    const response = await fetch(form.getAttribute('action') ?? '', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(valuesOf(form)),
      credentials: 'same-origin',
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) {
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

/** Named fields, hidden ones included; checkboxes become booleans. */
function valuesOf(form: HTMLFormElement): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const element of form.elements) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    if (!element.name || element.disabled) continue;
    values[element.name] = element instanceof HTMLInputElement && element.type === 'checkbox' ? element.checked : element.value;
  }
  return values;
}

function errorOf(body: unknown): FormError | undefined {
  const error = (body as { error?: Partial<FormError> } | null)?.error;
  return typeof error?.message === 'string' ? { message: error.message, fields: error.fields } : undefined;
}

function summaryOf(form: HTMLFormElement): HTMLElement {
  return form.querySelector<HTMLElement>('[data-error-summary]')!;
}

function showErrors(form: HTMLFormElement, error: FormError): void {
  const summary = summaryOf(form);
  summary.querySelector('[data-error-message]')!.textContent = error.message;
  const list = summary.querySelector('[data-error-list]')!;
  for (const [name, message] of Object.entries(error.fields ?? {})) {
    const item = document.createElement('li');
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLElement && field.id) {
      markInvalid(form, field, name, message);
      const link = document.createElement('a');
      link.href = `#${field.id}`;
      link.textContent = message;
      item.append(link);
    } else {
      item.textContent = message;
    }
    list.append(item);
  }
  summary.hidden = false;
  summary.focus();
}

function markInvalid(form: HTMLFormElement, field: HTMLElement, name: string, message: string): void {
  field.setAttribute('aria-invalid', 'true');
  const place = form.querySelector<HTMLElement>(`[data-error-for~="${CSS.escape(name)}"]`);
  if (!place) return;
  if (place.hidden) {
    const prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = 'Erreur : ';
    place.replaceChildren(prefix, message);
    place.hidden = false;
  } else if (!place.textContent?.includes(message)) {
    place.append(document.createElement('br'), message);
  }
  const described = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  if (!described.includes(place.id)) field.setAttribute('aria-describedby', [...described, place.id].join(' '));
}

function clearErrors(form: HTMLFormElement): void {
  const summary = summaryOf(form);
  summary.hidden = true;
  summary.querySelector('[data-error-list]')!.replaceChildren();
  const placeIds = new Set<string>();
  for (const place of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    placeIds.add(place.id);
    place.hidden = true;
    place.replaceChildren();
  }
  for (const field of form.querySelectorAll('[aria-invalid]')) {
    field.removeAttribute('aria-invalid');
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !placeIds.has(id));
    if (described.length > 0) field.setAttribute('aria-describedby', described.join(' '));
    else field.removeAttribute('aria-describedby');
  }
}

/** A summary link focuses its field and shows the field's label or legend above it, as GOV.UK does. */
function focusFieldOfLink(event: MouseEvent): void {
  const link = (event.target as Element).closest('a');
  const field = link ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
  if (!(field instanceof HTMLInputElement)) return;
  event.preventDefault();
  const label = field.closest('fieldset')?.querySelector('legend') ?? field.labels?.[0] ?? field;
  label.scrollIntoView();
  field.focus({ preventScroll: true });
}
