import {
  DEFAULT_DISPLAY,
  type DisplayPreferences,
  displayPreferencesFrom,
} from '../../domain/display-preferences.ts';
import { DISPLAY_CHANGED_EVENT, storeDisplay, storedDisplay } from './display-settings.ts';

/**
 * Every display settings form of the page (header panel, /parametres): shows the current
 * settings, applies each choice at once and announces it. On signed-in pages the account is
 * kept in step, now and whenever the connection comes back.
 */
const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-display-form]')];
const signedIn = document.querySelector('form[action="/api/auth/sign-out"]') !== null;

function showCurrentSettings(): void {
  const current: DisplayPreferences = storedDisplay() ?? DEFAULT_DISPLAY;
  for (const form of forms) {
    for (const [name, value] of Object.entries(current)) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${String(value)}"]`);
      if (input) input.checked = true;
    }
  }
}

function choose(preferences: DisplayPreferences, form: HTMLFormElement, announcement: string): void {
  storeDisplay({ ...preferences, updatedAt: new Date().toISOString() }, true);
  const status = form.querySelector<HTMLElement>('[data-display-status]');
  if (status) status.textContent = announcement;
  if (signedIn) void import('./display-sync.ts').then(({ syncDisplayWithAccount }) => syncDisplayWithAccount());
}

for (const form of forms) {
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const legend = input.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
    const label = form.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.value;
    choose(displayPreferencesFrom(Object.fromEntries(new FormData(form))), form, `${legend} : ${label}.`);
  });
  form.addEventListener('reset', (event) => {
    // The stored settings are the truth: the form is redrawn from them.
    event.preventDefault();
    choose(DEFAULT_DISPLAY, form, "Affichage par défaut rétabli.");
  });
}

document.addEventListener(DISPLAY_CHANGED_EVENT, showCurrentSettings);
// "Celui de mon appareil" follows the device when it switches between light and dark.
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => window.applyDisplaySettings());
showCurrentSettings();

if (signedIn) {
  const sync = () => void import('./display-sync.ts').then(({ syncDisplayWithAccount }) => syncDisplayWithAccount());
  sync();
  addEventListener('online', sync);
}
