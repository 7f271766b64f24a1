import { api, bodyOf, HttpError } from './api.ts';
import { h } from './dom.ts';

/** « Mes documents »: each download says what it is and how heavy, before it is fetched. */
const state = document.getElementById('documents-state')!;
const list = document.getElementById('documents-list')!;

/** 12 345 bytes → "13 Ko", as French interfaces write it. */
function size(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} Ko`;
  return `${(bytes / 1000 / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

api.documents
  .$get()
  .then(bodyOf)
  .then(
    ({ documents }) => {
      list.replaceChildren(
        ...documents.map((item) =>
          h('li', {}, h('a', { href: item.href, download: '' }, item.title), ` (${item.type}, ${size(item.bytes)})`, h('br'), item.description),
        ),
      );
      state.hidden = true;
    },
    (error: unknown) => {
      if (error instanceof HttpError && error.status === 401) return;
      state.textContent = 'La liste de vos documents n’a pas pu être chargée : vérifiez votre connexion puis rechargez la page.';
    },
  );
