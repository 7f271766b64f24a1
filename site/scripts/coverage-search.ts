/**
 * "Rechercher un soin": filters the rows of the coverage tables as the person types, hides the
 * tables left empty and announces the number of results. Works on whatever renderCoverage drew,
 * so it also filters the offline copy.
 */
const SYNONYMS: Record<string, string[]> = {
  lunette: ['optique', 'monture', 'verre'],
  lunettes: ['optique', 'monture', 'verre'],
  dentiste: ['dentaire', 'dent'],
  dentistes: ['dentaire', 'dent'],
  kine: ['kinesitherapeute', 'kinesitherapie', 'masseur'],
  psy: ['psychologue', 'psychiatr'],
  ophtalmo: ['ophtalmologiste', 'optique'],
  appareil: ['auditive', 'auditif'],
};

/** Lower case, without accents, so that "Kiné" finds "kinésithérapeute". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Every word of the query must be found, itself or one of its synonyms. */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = normalizeForSearch(text);
  return normalizeForSearch(query)
    .split(/[\s,;'’]+/)
    .filter(Boolean)
    .every((word) => [word, ...(SYNONYMS[word] ?? [])].some((candidate) => haystack.includes(candidate)));
}

export function resultsMessage(count: number): string {
  if (count === 0) return 'Aucun résultat. Essayez un autre mot, par exemple « lunettes » ou « dentiste ».';
  return count === 1 ? '1 résultat' : `${count} résultats`;
}

export function setupCoverageSearch(input: HTMLInputElement, container: HTMLElement, status: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  function apply(announce: boolean): void {
    const query = input.value.trim();
    const rows = [...container.querySelectorAll<HTMLTableRowElement>('tr[data-search]')];
    // Rows sharing a label (OPTAM / non-OPTAM) stay together: the label is only on the first one.
    const shownGroups = new Set<string>();
    for (const row of rows) {
      if (!query || matchesQuery(row.dataset['search'] ?? '', query)) shownGroups.add(row.dataset['labelGroup'] ?? '');
    }
    let count = 0;
    for (const row of rows) {
      row.hidden = !shownGroups.has(row.dataset['labelGroup'] ?? '');
      if (!row.hidden) count += 1;
    }
    for (const body of container.querySelectorAll<HTMLElement>('tbody')) {
      body.hidden = !body.querySelector('tr[data-search]:not([hidden])');
    }
    for (const category of container.querySelectorAll<HTMLElement>('.coverage-category')) {
      category.hidden = !category.querySelector('tr[data-search]:not([hidden])');
    }
    if (announce) status.textContent = query ? resultsMessage(count) : '';
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    if (!input.value.trim()) {
      apply(true);
      return;
    }
    timer = setTimeout(() => apply(true), 300);
  });
  // A new drawing (fresh data or the offline copy) keeps the current search.
  container.addEventListener('coverage-rendered', () => apply(false));
}
