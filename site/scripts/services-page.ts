import { api, bodyOf, HttpError } from './api.ts';
import { h } from './dom.ts';
import { onFormSuccess, showConfirmation } from './form-success.ts';

/**
 * « Mes services »: which insurer manages an establishment, as the person types (and from the
 * address when the search form was sent without JavaScript); the appointment request.
 */
const form = document.getElementById('establishment-search') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const results = document.getElementById('establishment-results')!;
const list = document.getElementById('establishment-list')!;
let timer: ReturnType<typeof setTimeout> | undefined;
let latest = 0;

async function search(query: string): Promise<void> {
  const asked = ++latest;
  if (query.trim().length < 2) {
    list.replaceChildren();
    results.textContent = query.trim() ? 'Saisissez au moins 2 caractères.' : '';
    return;
  }
  try {
    const { establishments } = await bodyOf(await api.contact.establishments.$get({ query: { q: query } }));
    if (asked !== latest) return;
    results.textContent =
      establishments.length === 0 ? 'Aucun établissement trouvé.' : `${establishments.length} établissement${establishments.length > 1 ? 's' : ''} trouvé${establishments.length > 1 ? 's' : ''}.`;
    list.replaceChildren(
      ...establishments.map((place) =>
        h(
          'li',
          {},
          h('h3', {}, `${place.company} – ${place.site} (${place.department})`),
          h('p', {}, 'Centre de gestion : ', h('strong', {}, place.insurer)),
          h('address', {}, place.correspondenceAddress, h('br'), 'Téléphone : ', h('a', { href: `tel:${place.phone.replace(/\s/g, '')}` }, place.phone)),
        ),
      ),
    );
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return;
    results.textContent = 'La recherche n’a pas abouti : vérifiez votre connexion puis réessayez.';
  }
}

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void search(input.value), 300);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
  void search(input.value);
});

const fromAddress = new URLSearchParams(location.search).get('q');
if (fromAddress) {
  input.value = fromAddress;
  void search(fromAddress);
}

onFormSuccess('appointment-form', (_body, appointment) => showConfirmation(appointment, 'appointment-sent'));
