import type { Coverage } from './api.ts';
import { renderCoverage } from './coverage-render.ts';
import { loadPersonalView } from './personal-data.ts';
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

void loadPersonalView<Coverage>(
  '/api/coverage',
  container,
  (data, fromCache) => renderCoverage(container, data, fromCache),
  () => {
    state.classList.add('coverage-alert');
    state.textContent =
      "Vos garanties n'ont pas pu être chargées : vérifiez votre connexion à Internet puis rechargez la page.";
  },
);
