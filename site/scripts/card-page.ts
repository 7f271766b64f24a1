import { renderCard, type MemberCard } from './card-render.ts';
import { HttpError } from './api.ts';
import { fetchPersonal } from './personal-data.ts';
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

void loadCard();

async function loadCard(): Promise<void> {
  try {
    const { data, fromCache } = await fetchPersonal<MemberCard>('/api/card');
    renderCard(container, data, fromCache);
  } catch (error) {
    // 401: member-session.ts is already sending the person to the sign-in page.
    if (error instanceof HttpError && error.status === 401) return;
    if (container.childElementCount > 0) return;
    state.classList.add('card-alert', 'card-alert--error');
    state.textContent = "Votre carte n'a pas pu être chargée : vérifiez votre connexion à Internet puis rechargez la page.";
  }
}
