import { Workbox } from 'workbox-window';
import { forgetPersonalCopies } from './personal-copies.ts';

/**
 * Installs the service worker (offline pages, card and coverage), offers a new version without
 * ever reloading on its own, and wipes the offline copies of personal data at sign-out.
 */
if ('serviceWorker' in navigator) {
  const workbox = new Workbox('/sw.js');
  let updateChosen = false;
  workbox.addEventListener('waiting', () =>
    offerUpdate(() => {
      updateChosen = true;
      workbox.messageSkipWaiting();
    }),
  );
  workbox.addEventListener('controlling', () => {
    if (updateChosen) location.reload();
  });
  void workbox.register();
}

const signOutForms = document.querySelectorAll<HTMLFormElement>('form[action="/api/auth/sign-out"]');
// Only signed-in pages carry the sign-out form; keeping the offline card there is worth asking.
if (signOutForms.length > 0) void navigator.storage?.persist?.();

for (const form of signOutForms) {
  form.addEventListener('submit', (event) => {
    // form.submit() sends the same post without firing this listener again.
    event.preventDefault();
    void forgetPersonalCopies().finally(() => form.submit());
  });
}

function offerUpdate(update: () => void): void {
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  if (!banner || banner.childElementCount > 0) return;
  const message = document.createElement('p');
  message.textContent = 'Une nouvelle version est disponible.';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'Mettre à jour';
  button.addEventListener('click', () => {
    button.setAttribute('aria-disabled', 'true');
    update();
  });
  banner.replaceChildren(message, button);
}
