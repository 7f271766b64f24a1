/**
 * The header's « Affichage » button: a disclosure that shows the settings below the header,
 * in the flow of the page (it never covers content). Escape or « Fermer » closes it and gives
 * the focus back to the button. Without JavaScript the settings cannot apply, so the button
 * stays hidden.
 */
const toggle = document.querySelector<HTMLButtonElement>('[data-display-toggle]');
const panel = document.getElementById(toggle?.getAttribute('aria-controls') ?? '');

if (toggle && panel) {
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  };
  const close = () => {
    setOpen(false);
    toggle.focus();
  };
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) panel.querySelector<HTMLElement>('input:checked, input')?.focus();
  });
  panel.querySelector('[data-display-close]')?.addEventListener('click', close);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
}
