import { api, bodyOf, HttpError } from './api.ts';
import { type Child, h } from './dom.ts';
import { onFormSuccess, showConfirmation } from './form-success.ts';
import { forgetPersonalCopies } from './personal-copies.ts';

/** « Mes données personnelles »: the export read as a page, the rights and the closing of the account. */
const state = document.getElementById('data-state')!;
const view = document.getElementById('data-view')!;

/** Any JSON value as HTML a person can read: objects as term lists, arrays as lists. */
function readable(value: unknown): Child {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? 'aucun' : h('ol', {}, ...value.map((item) => h('li', {}, readable(item))));
  if (typeof value === 'object') {
    return h('dl', {}, ...Object.entries(value).flatMap(([key, item]) => [h('dt', {}, key), h('dd', {}, readable(item))]));
  }
  return String(value);
}

api['personal-data']
  .$get({ query: {} })
  .then(bodyOf)
  .then(
    ({ sections }) => {
      view.replaceChildren(...sections.map((section) => h('section', {}, h('h3', {}, section.title), readable(section.data))));
      state.hidden = true;
    },
    (error: unknown) => {
      if (error instanceof HttpError && error.status === 401) return;
      state.textContent = 'Vos données n’ont pas pu être chargées : vérifiez votre connexion puis rechargez la page.';
    },
  );

onFormSuccess('rights-form', (_body, form) => showConfirmation(form, 'rights-sent'));
onFormSuccess<{ redirect: string }>('close-account-form', ({ redirect }) => {
  void forgetPersonalCopies().finally(() => location.assign(redirect));
});
