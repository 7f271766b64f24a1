import { api, bodyOf, HttpError } from './api.ts';
import { h } from './dom.ts';
import { timeElement } from './format-date.ts';
import { clearErrors, type FormError, focusFieldOfLink, showErrors, summaryOf } from './form-errors.ts';

/**
 * « Mes demandes »: the form sends its files without leaving the page (it also posts as a plain
 * form), errors appear next to their field with everything typed kept, and each request opens
 * on its status history, messages and documents.
 */
const form = document.getElementById('request-form') as HTMLFormElement;
const state = document.getElementById('requests-state')!;
const list = document.getElementById('requests-list')!;
const sent = document.getElementById('request-sent')!;
const NETWORK_ERROR = 'Connexion impossible : vérifiez votre réseau puis réessayez. Votre demande et vos fichiers sont conservés.';

function size(bytes: number): string {
  return bytes < 1000 * 1000 ? `${Math.max(1, Math.round(bytes / 1000))} Ko` : `${(bytes / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

const KINDS: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

function confirmSent(id: string): void {
  sent.textContent = `Votre demande n° ${id} est bien reçue. Vous la retrouvez ci-dessous.`;
  sent.hidden = false;
}

async function showDetail(id: number, place: HTMLElement): Promise<void> {
  const detail = await bodyOf(await api.requests[':id'].$get({ param: { id: String(id) } }));
  const messageForm = h(
    'form',
    { class: 'form' },
    h('label', { class: 'field-label', for: `reponse-${id}` }, 'Ajouter un message'),
    h('textarea', { class: 'input', id: `reponse-${id}`, name: 'message', rows: '3', maxlength: '5000', required: '' }),
    h('button', { class: 'button button--secondary', type: 'submit' }, 'Envoyer le message'),
    h('p', { class: 'status-message', role: 'status' }),
  );
  messageForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = (messageForm.elements.namedItem('message') as HTMLTextAreaElement).value;
    const status = messageForm.querySelector('[role="status"]')!;
    api.requests[':id'].messages
      .$post({ param: { id: String(id) }, json: { message: text } })
      .then(bodyOf)
      .then(
        () => showDetail(id, place),
        (error: unknown) => {
          status.textContent = error instanceof HttpError ? 'Écrivez votre message avant de l’envoyer.' : NETWORK_ERROR;
        },
      );
  });
  place.replaceChildren(
    h('h4', {}, 'Historique'),
    h('ol', {}, ...detail.history.map((event) => h('li', {}, `${event.status} le `, timeElement(event.at)))),
    h('h4', {}, 'Messages'),
    h(
      'ul',
      {},
      ...detail.messages.map((message) =>
        h('li', {}, h('strong', {}, message.author === 'member' ? 'Vous' : 'Votre conseiller'), ', ', timeElement(message.at), ' : ', message.body),
      ),
    ),
    ...(detail.attachments.length
      ? [
          h('h4', {}, 'Justificatifs'),
          h(
            'ul',
            {},
            ...detail.attachments.map((file) =>
              h('li', {}, h('a', { href: file.href, download: '' }, file.fileName), ` (${KINDS[file.mediaType] ?? 'fichier'}, ${size(file.sizeBytes)})`),
            ),
          ),
        ]
      : []),
    messageForm,
  );
}

async function showRequests(): Promise<void> {
  try {
    const { requests } = await bodyOf(await api.requests.$get());
    state.textContent = requests.length === 0 ? 'Vous n’avez fait aucune demande.' : `${requests.length} demande${requests.length > 1 ? 's' : ''}.`;
    list.replaceChildren(
      ...requests.map((request) => {
        const detail = h('div', { id: `demande-${request.id}-detail`, hidden: '' });
        const toggle = h('button', { class: 'button button--secondary', type: 'button', 'aria-expanded': 'false', 'aria-controls': detail.id }, 'Voir le détail');
        toggle.addEventListener('click', () => {
          const open = toggle.getAttribute('aria-expanded') !== 'true';
          toggle.setAttribute('aria-expanded', String(open));
          detail.hidden = !open;
          if (open && detail.childElementCount === 0) {
            showDetail(request.id, detail).catch(() => detail.replaceChildren(h('p', {}, 'Le détail n’a pas pu être chargé.')));
          }
        });
        return h(
          'li',
          {},
          h('h3', {}, `N° ${request.id} — ${request.subject}`),
          h('p', {}, `${request.typeLabel}, demandée par ${request.requester} le `, timeElement(request.createdAt), '. ', h('strong', {}, `Statut : ${request.status}`)),
          toggle,
          detail,
        );
      }),
    );
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return;
    state.textContent = 'Vos demandes n’ont pas pu être chargées : vérifiez votre connexion puis rechargez la page.';
  }
}

form.noValidate = true;
summaryOf(form).addEventListener('click', focusFieldOfLink);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearErrors(form);
  fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(async (response) => {
      const body = (await response.json().catch(() => null)) as { request?: { id: number }; error?: FormError } | null;
      if (response.ok && body?.request) {
        form.reset();
        confirmSent(String(body.request.id));
        sent.focus();
        void showRequests();
      } else {
        showErrors(form, body?.error ?? { message: 'Le service ne répond pas pour le moment : réessayez dans quelques minutes.' });
      }
    })
    .catch(() => showErrors(form, { message: NETWORK_ERROR }));
});

const justSent = new URLSearchParams(location.search).get('envoyee');
if (justSent && /^\d+$/.test(justSent)) confirmSent(justSent);
void showRequests();
