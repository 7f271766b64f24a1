import { renderCoverage, type Coverage } from './coverage-render.ts';
import { HttpError } from './api.ts';
import { fetchPersonal } from './personal-data.ts';
import { setupCoverageSearch } from './coverage-search.ts';

/** /garanties: load the coverage table, draw it, then offer the search that works on it. */
const container = document.getElementById('coverage-container')!;
const state = document.getElementById('coverage-state')!;
const search = document.getElementById('coverage-search')!;

setupCoverageSearch(
  document.getElementById('coverage-query') as HTMLInputElement,
  container,
  document.getElementById('coverage-results')!,
);

// Whoever draws the table (this page or the offline copy), the search comes with it.
container.addEventListener('coverage-rendered', () => {
  state.textContent = '';
  state.hidden = true;
  search.hidden = false;
});

void loadCoverage();

async function loadCoverage(): Promise<void> {
  try {
    const { data, fromCache } = await fetchPersonal<Coverage>('/api/coverage');
    renderCoverage(container, data, fromCache);
  } catch (error) {
    // 401: member-session.ts is already sending the person to the sign-in page.
    if (error instanceof HttpError && error.status === 401) return;
    if (container.childElementCount > 0) return;
    state.classList.add('coverage-alert');
    state.textContent =
      "Vos garanties n'ont pas pu être chargées : vérifiez votre connexion à Internet puis rechargez la page.";
  }
}
