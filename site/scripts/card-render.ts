import type { MemberCard } from './api.ts';
import { h, type Child } from './dom.ts';
import { showFreshness } from './personal-data.ts';



const calendarDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** A `<time>` for a calendar date 'YYYY-MM-DD', read the French way ("31 décembre 2026"). */
function dateElement(isoDate: string): HTMLTimeElement | string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  const time = h('time', { datetime: isoDate });
  time.textContent = calendarDate.format(new Date(Date.UTC(year, month - 1, day)));
  return time;
}

function valueOrMissing(value: string | null | undefined): string {
  return value?.trim() ? value : 'non renseigné';
}

/**
 * The DataMatrix as an SVG node. The markup comes from our own server, but it is still parsed as
 * an inert SVG document and imported (no innerHTML), without scripts or event attributes.
 */
function dataMatrixImage(svgMarkup: string): SVGSVGElement | null {
  const parsed = new DOMParser().parseFromString(svgMarkup, 'image/svg+xml');
  const svg = parsed.documentElement;
  if (!(svg instanceof SVGSVGElement) || parsed.querySelector('parsererror')) return null;
  for (const unsafe of svg.querySelectorAll('script, foreignObject')) unsafe.remove();
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)) element.removeAttribute(attribute.name);
    }
  }
  const image = document.importNode(svg, true);
  image.setAttribute('role', 'img');
  image.setAttribute('aria-label', 'Code DataMatrix de la carte');
  image.setAttribute('focusable', 'false');
  image.classList.add('member-card__datamatrix');
  return image;
}

function standardBlock(card: MemberCard): HTMLDListElement {
  const block = card.standardBlock;
  const rows: [Child, string][] = [
    ['Période de validité', block.validity],
    ['N° AMC', block.amcNumber],
    ['Type de convention', block.conventionType],
    [h('abbr', { title: 'critère secondaire de routage' }, 'CSR'), block.csr],
    ["N° d'adhérent", block.memberNumber],
  ];
  return h(
    'dl',
    { class: 'member-card__standard', id: 'card-standard-block' },
    ...rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, valueOrMissing(value))]),
  );
}

function statusBox(card: MemberCard): HTMLElement | null {
  if (card.status === 'expiring') {
    return h(
      'div',
      { class: 'card-alert card-alert--warning card-extra' },
      h('p', {}, h('strong', {}, 'Attention : '), 'votre carte expire le ', dateElement(card.validity.to), '.'),
      h('p', {}, 'Votre nouvelle carte sera disponible ici dès son émission.'),
    );
  }
  if (card.status === 'expired') {
    return h(
      'div',
      { class: 'card-alert card-alert--error card-extra' },
      h(
        'p',
        {},
        h('strong', {}, 'Cette carte n’est plus valide : '),
        'elle a expiré le ',
        dateElement(card.validity.to),
        '. Ne la présentez pas à un professionnel de santé.',
      ),
      h('p', {}, 'Contactez votre mutuelle pour obtenir votre carte à jour.'),
    );
  }
  return null;
}

function beneficiariesTable(card: MemberCard): HTMLTableElement {
  const columns = ['Nom', 'Prénom', 'Date de naissance', 'Rang'];
  return h(
    'table',
    // The roles keep the table announced as one when narrow screens stack its rows.
    { class: 'member-card__beneficiaries stacked-table', role: 'table' },
    h('caption', {}, 'Bénéficiaires couverts par la carte'),
    h(
      'thead',
      { role: 'rowgroup' },
      h('tr', { role: 'row' }, ...columns.map((column) => h('th', { scope: 'col', role: 'columnheader' }, column))),
    ),
    h(
      'tbody',
      { role: 'rowgroup' },
      ...card.beneficiaries.map((person) =>
        h(
          'tr',
          { role: 'row' },
          h('th', { scope: 'row', role: 'rowheader' }, person.lastName),
          h('td', { role: 'cell', 'data-label': 'Prénom' }, person.firstName),
          h('td', { role: 'cell', 'data-label': 'Date de naissance' }, dateElement(person.birthDate)),
          h('td', { role: 'cell', 'data-label': 'Rang' }, String(person.rang)),
        ),
      ),
    ),
  );
}

function professionalsBlock(card: MemberCard, headingId: string): HTMLElement {
  const phone = card.insurer.professionalPhone;
  return h(
    'section',
    { class: 'member-card__professionals', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, 'Pour les professionnels de santé'),
    h('p', {}, 'Organisme gestionnaire : ', card.insurer.name),
    h('address', {}, ...card.insurer.professionalAddress.split('\n').flatMap((line, index) => [index ? h('br') : null, line])),
    phone
      ? h('p', {}, 'Téléphone : ', h('a', { href: `tel:${phone.replace(/[^\d+]/g, '')}` }, phone))
      : h('p', {}, 'Téléphone : non renseigné'),
  );
}

/**
 * Draws the member card (and its state messages) into `container`, replacing what was there.
 * Used with the API's answer and, offline, with the copy kept by the service worker. Fills
 * `#card-freshness` when the page has it, and tells the page with a `card-rendered` event.
 */
export function renderCard(container: HTMLElement, card: MemberCard, fromCache = false): void {
  const expired = card.status === 'expired';
  const titleId = 'member-card-title';

  const front = h(
    'div',
    { class: 'member-card__front' },
    h(
      'div',
      { class: 'member-card__top' },
      h('h2', { id: titleId, class: 'member-card__title' }, 'Carte de tiers payant'),
      expired ? h('p', { class: 'member-card__invalid' }, 'NON VALIDE') : null,
    ),
    h(
      'div',
      { class: 'member-card__standard-row' },
      standardBlock(card),
      (() => {
        const image = dataMatrixImage(card.dataMatrixSvg);
        if (!image) return null;
        return h(
          'figure',
          { class: 'member-card__code' },
          image,
          h('figcaption', {}, 'Code DataMatrix : il reprend les informations du bloc ci-contre, pour la lecture automatique.'),
        );
      })(),
    ),
    h(
      'div',
      { class: 'member-card__contract' },
      h('p', { class: 'member-card__insurer' }, card.insurer.name),
      h(
        'p',
        {},
        card.contract.name,
        ' – contrat n° ',
        valueOrMissing(card.contract.number),
        card.contract.responsable
          ? h(
              'span',
              { class: 'member-card__responsable' },
              ' ',
              h('span', { 'aria-hidden': 'true', class: 'member-card__r-mark' }, 'R'),
              h('span', { class: 'visually-hidden' }, '(contrat responsable)'),
            )
          : null,
      ),
    ),
  );

  const details = h(
    'div',
    { class: 'member-card__details' },
    beneficiariesTable(card),
    h('h3', {}, 'Tiers payant'),
    h('p', {}, 'Vous ne faites pas l’avance des frais chez ces professionnels :'),
    h(
      'ul',
      { class: 'member-card__tiers-payant' },
      ...card.tiersPayant.map((domain) => h('li', {}, h('strong', {}, domain.code), ` – ${domain.label}`)),
    ),
    professionalsBlock(card, 'member-card-professionals'),
  );

  const section = h(
    'section',
    { class: `member-card${expired ? ' member-card--expired' : ''}`, 'aria-labelledby': titleId, id: 'member-card' },
    front,
    details,
  );

  container.replaceChildren(...[statusBox(card), section].filter((node): node is HTMLElement => node !== null));

  showFreshness(document.getElementById('card-freshness'), card.updatedAt, fromCache);

  container.dispatchEvent(new CustomEvent('card-rendered', { bubbles: true, detail: card }));
}
