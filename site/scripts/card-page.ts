import type { MemberCard } from './api.ts';
import { renderCard } from './card-render.ts';
import { loadPersonalView } from './personal-data.ts';
import { setupCardPresentation } from './card-presentation.ts';

/** /carte: load the card, draw it, then offer the actions that need it. */
const container = document.getElementById('card-container')!;
const state = document.getElementById('card-state')!;
const actions = document.getElementById('card-actions')!;

setupCardPresentation(
  document.getElementById('card-present') as HTMLButtonElement,
  document.getElementById('card-present-close') as HTMLButtonElement,
);
document.getElementById('card-print')!.addEventListener('click', () => window.print());

// Whoever draws the card (this page or the offline copy), the actions come with it.
container.addEventListener('card-rendered', () => {
  state.textContent = '';
  state.hidden = true;
  actions.hidden = false;
});

void loadPersonalView<MemberCard>(
  '/api/card',
  container,
  (data, fromCache) => renderCard(container, data, fromCache),
  () => {
    state.classList.add('card-alert', 'card-alert--error');
    state.textContent = "Votre carte n'a pas pu être chargée : vérifiez votre connexion à Internet puis rechargez la page.";
  },
);
