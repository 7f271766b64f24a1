/**
 * "Afficher le mot de passe" buttons: hidden in the HTML because they need this script. The
 * password is masked again on submit so the browser never stores it as plain text.
 */
for (const toggle of document.querySelectorAll<HTMLButtonElement>('[data-password-toggle]')) {
  const input = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  if (!(input instanceof HTMLInputElement)) continue;
  const show = (visible: boolean) => {
    input.type = visible ? 'text' : 'password';
    toggle.setAttribute('aria-pressed', String(visible));
  };
  toggle.hidden = false;
  toggle.addEventListener('click', () => show(input.type === 'password'));
  input.form?.addEventListener('submit', () => show(false));
}
