import { categorySectionId } from './coverage-categories.ts';
import { h } from './dom.ts';
import { showFreshness } from './personal-data.ts';
import type { Coverage, CoverageCategory, CoverageLine } from './api.ts';

/** Abbreviations explained by an `<abbr>` at their first use in the page (their titles come from the glossary). */
const EXPLAINED = ['OPTAM CO', 'OPTAM', 'PMSS', 'ALD', 'BR', 'TM', 'FR'];
const ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}])(${EXPLAINED.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** Ids must stay valid and readable in a URL fragment, whatever the marker ("1", "*", "**"). */
export function markerSlug(marker: string): string {
  return marker.replace(/\*/g, 'etoile').replace(/[^\p{L}\p{N}_-]/gu, '-');
}

function idPart(value: string | number): string {
  return String(value).replace(/[^\p{L}\p{N}_-]/gu, '-');
}

/** Titles of the abbreviations, read from the page's glossary (`<dt data-abbr data-title>`). */
function glossaryTitles(): Map<string, string> {
  const titles = new Map<string, string>();
  for (const term of document.querySelectorAll<HTMLElement>('#glossaire [data-abbr]')) {
    titles.set(term.dataset['abbr'] ?? '', term.dataset['title'] ?? '');
  }
  return titles;
}

interface RenderContext {
  titles: Map<string, string>;
  explained: Set<string>;
  /** First call of each footnote: where its "Retour au tableau" link goes. */
  firstCalls: Map<string, string>;
}

/** Text with the first occurrence in the page of each known abbreviation wrapped in `<abbr title>`. */
function withAbbreviations(text: string, context: RenderContext): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let rest = text;
  for (let match = ABBREVIATION.exec(rest); match; match = ABBREVIATION.exec(rest)) {
    const abbr = match[1] ?? '';
    const title = context.titles.get(abbr);
    parts.push(rest.slice(0, match.index));
    if (title && !context.explained.has(abbr)) {
      context.explained.add(abbr);
      parts.push(h('abbr', { title }, abbr));
    } else {
      parts.push(abbr);
    }
    rest = rest.slice(match.index + abbr.length);
  }
  parts.push(rest);
  return parts.filter((part) => part !== '');
}

function footnoteCall(marker: string, line: CoverageLine, context: RenderContext): HTMLElement {
  const callId = `appel-${markerSlug(marker)}-${idPart(line.id)}`;
  if (!context.firstCalls.has(marker)) context.firstCalls.set(marker, callId);
  return h(
    'sup',
    {},
    h('a', { href: `#renvoi-${markerSlug(marker)}`, id: callId }, h('span', { class: 'visually-hidden' }, 'renvoi '), marker),
  );
}

function searchText(...parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

function categoryTable(category: CoverageCategory, context: RenderContext): HTMLElement {
  const base = `g-${idPart(category.id)}`;
  const columnIds = { label: `${base}-soin`, condition: `${base}-condition`, value: `${base}-remboursement` };
  const titleId = `${base}-titre`;

  // Consecutive lines of the same subcategory share a <tbody>; consecutive lines with the same
  // label (OPTAM / non-OPTAM…) share one row header spanning their rows.
  const groups: { subcategory: string | null; lines: CoverageLine[] }[] = [];
  for (const line of category.lines) {
    const last = groups.at(-1);
    if (last && last.subcategory === line.subcategory) last.lines.push(line);
    else groups.push({ subcategory: line.subcategory, lines: [line] });
  }

  const bodies = groups.map((group, groupIndex) => {
    const body = h('tbody', { role: 'rowgroup' });
    const subcategoryId = group.subcategory ? `${base}-s${groupIndex}` : null;
    if (group.subcategory && subcategoryId) {
      body.append(
        h(
          'tr',
          { class: 'coverage-table__subcategory', role: 'row' },
          h('th', { colspan: '3', scope: 'rowgroup', id: subcategoryId, role: 'rowheader' }, ...withAbbreviations(group.subcategory, context)),
        ),
      );
    }
    let index = 0;
    while (index < group.lines.length) {
      const first = group.lines[index]!;
      let span = 1;
      while (group.lines[index + span]?.label === first.label) span += 1;
      const labelId = `${base}-l-${idPart(first.id)}`;
      for (let offset = 0; offset < span; offset += 1) {
        const line = group.lines[index + offset]!;
        const conditionId = `${base}-c-${idPart(line.id)}`;
        const row = h('tr', {
          role: 'row',
          ...(offset > 0 ? { class: 'coverage-table__continued' } : {}),
          'data-label-group': labelId,
          'data-search': searchText(category.title, line.subcategory, line.label, line.condition),
        });
        if (offset === 0) {
          const header = h('th', { scope: 'row', id: labelId, role: 'rowheader', class: 'coverage-table__label' }, ...withAbbreviations(line.label, context));
          if (span > 1) header.rowSpan = span;
          row.append(header);
        }
        const rowHeaders = [subcategoryId, labelId].filter(Boolean).join(' ');
        // The condition heads its value cell (the headers attribute may only point at <th>).
        row.append(
          line.condition
            ? h(
                'th',
                {
                  id: conditionId,
                  scope: 'row',
                  role: 'rowheader',
                  headers: `${columnIds.condition} ${rowHeaders}`,
                  'data-label': 'Condition',
                  class: 'coverage-table__condition',
                },
                ...withAbbreviations(line.condition, context),
              )
            : h(
                'td',
                { role: 'cell', headers: `${columnIds.condition} ${rowHeaders}`, 'data-label': 'Condition', class: 'coverage-table__empty' },
                h('span', { class: 'visually-hidden' }, 'aucune'),
              ),
          h(
            'td',
            {
              role: 'cell',
              headers: `${columnIds.value} ${rowHeaders}${line.condition ? ` ${conditionId}` : ''}`,
              'data-label': 'Remboursement',
            },
            h(
              'span',
              { class: /non couvert/i.test(line.display) ? 'coverage-value coverage-value--none' : 'coverage-value' },
              ...withAbbreviations(line.display, context),
            ),
            ...line.footnotes.map((marker) => footnoteCall(marker, line, context)),
            line.note ? h('span', { class: 'coverage-note' }, ...withAbbreviations(line.note, context)) : null,
          ),
        );
        body.append(row);
      }
      index += span;
    }
    return body;
  });

  return h(
    'div',
    { class: 'coverage-category', id: categorySectionId(category.id) },
    h('h2', { id: titleId }, category.title),
    h(
      'table',
      { class: 'coverage-table stacked-table', role: 'table' },
      // The visible title is the h2 above (headings navigate the page); the caption names the table.
      h('caption', { class: 'visually-hidden' }, category.title),
      h(
        'thead',
        { role: 'rowgroup' },
        h(
          'tr',
          { role: 'row' },
          h('th', { scope: 'col', id: columnIds.label, role: 'columnheader' }, 'Soin'),
          h('th', { scope: 'col', id: columnIds.condition, role: 'columnheader' }, 'Condition'),
          h('th', { scope: 'col', id: columnIds.value, role: 'columnheader' }, 'Remboursement'),
        ),
      ),
      ...bodies,
    ),
  );
}

function footnotesList(coverage: Coverage, context: RenderContext): HTMLElement | null {
  if (coverage.footnotes.length === 0) return null;
  return h(
    'section',
    { class: 'coverage-footnotes', 'aria-labelledby': 'renvois-titre' },
    h('h2', { id: 'renvois-titre' }, 'Renvois'),
    h(
      'ul',
      {},
      ...coverage.footnotes.map((footnote) => {
        const call = context.firstCalls.get(footnote.marker);
        return h(
          'li',
          { id: `renvoi-${markerSlug(footnote.marker)}` },
          h('span', { class: 'coverage-footnotes__marker' }, h('span', { class: 'visually-hidden' }, 'Renvoi '), footnote.marker),
          ' ',
          ...withAbbreviations(footnote.text, context),
          call
            ? h(
                'a',
                { href: `#${call}`, class: 'coverage-footnotes__back' },
                'Retour au tableau',
                h('span', { class: 'visually-hidden' }, ` (renvoi ${footnote.marker})`),
              )
            : null,
        );
      }),
    ),
  );
}

/**
 * Draws the coverage tables and their footnotes into `container`, replacing what was there.
 * Used with the API's answer and, offline, with the copy kept by the service worker. Fills
 * `#coverage-freshness` when the page has it, and tells the page with a `coverage-rendered` event.
 */
export function renderCoverage(container: HTMLElement, coverage: Coverage, fromCache = false): void {
  const context: RenderContext = { titles: glossaryTitles(), explained: new Set(), firstCalls: new Map() };
  const contract = h(
    'p',
    { class: 'coverage-contract' },
    'Contrat ',
    h('strong', {}, coverage.contract.name),
    coverage.contract.number ? ` – n° ${coverage.contract.number}` : '',
  );
  const tables = coverage.categories.filter((category) => category.lines.length > 0).map((category) => categoryTable(category, context));
  const footnotes = footnotesList(coverage, context);
  container.replaceChildren(contract, ...tables, ...(footnotes ? [footnotes] : []));

  showFreshness(document.getElementById('coverage-freshness'), coverage.updatedAt, fromCache);

  container.dispatchEvent(new CustomEvent('coverage-rendered', { bubbles: true, detail: coverage }));
}
