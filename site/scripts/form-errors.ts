/**
 * The error display of every form (EnhancedForm.astro markup): a summary that takes the focus
 * with a link to each field, and the message next to the field, tied by aria-describedby.
 */
export interface FormError {
  message: string;
  fields?: Record<string, string>;
}

export function summaryOf(form: HTMLFormElement): HTMLElement {
  return form.querySelector<HTMLElement>('[data-error-summary]')!;
}

export function showErrors(form: HTMLFormElement, error: FormError): void {
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

export function clearErrors(form: HTMLFormElement): void {
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
export function focusFieldOfLink(event: MouseEvent): void {
  const link = (event.target as Element).closest('a');
  const field = link ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
  if (!(field instanceof HTMLInputElement)) return;
  event.preventDefault();
  const label = field.closest('fieldset')?.querySelector('legend') ?? field.labels?.[0] ?? field;
  label.scrollIntoView();
  field.focus({ preventScroll: true });
}
