import { countPageView, recordConsent } from './consent-choice.ts';

/**
 * The consent panel with JavaScript: the choice is recorded without leaving the page, the panel
 * goes away and the choice is announced. Every page also counts its view here, which does
 * nothing without a standing consent to audience measurement.
 */
const form = document.querySelector<HTMLFormElement>('form[data-consent-form]');
const status = document.querySelector<HTMLElement>('[data-consent-status]');

form?.addEventListener('submit', (event) => {
  const button = event.submitter as HTMLButtonElement | null;
  if (button?.name !== 'audience') return;
  event.preventDefault();
  const audience = button.value === 'oui';
  recordConsent(audience).then(
    () => {
      if (status) {
        status.textContent = `Choix enregistré : mesure d'audience ${audience ? 'acceptée' : 'refusée'}. Modifiable depuis « Gestion des cookies » en bas de page.`;
      }
      document.getElementById('contenu')?.focus();
    },
    () => {
      if (status) status.textContent = "Votre choix n'a pas pu être enregistré : vérifiez votre connexion puis réessayez.";
    },
  );
});

countPageView();
