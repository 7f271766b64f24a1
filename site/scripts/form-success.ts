/** Runs `handle` with the response body each time the enhanced form `formId` succeeds. */
export function onFormSuccess<T>(formId: string, handle: (body: T, form: HTMLFormElement) => void): void {
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement)) return;
  form.addEventListener('form-success', (event) => handle((event as CustomEvent<T>).detail, form));
}

/** Replaces the form with its confirmation (Confirmation.astro) and moves the focus to its heading. */
export function showConfirmation(form: HTMLFormElement, confirmationId: string): void {
  const confirmation = document.getElementById(confirmationId);
  if (!confirmation) return;
  form.hidden = true;
  confirmation.hidden = false;
  confirmation.querySelector<HTMLElement>('h2')?.focus();
}
