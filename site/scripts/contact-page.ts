import { api, bodyOf, HttpError } from './api.ts';
import { h } from './dom.ts';
import { onFormSuccess, showConfirmation } from './form-success.ts';

/** « Contact et aide »: the member's own managing insurer and the contacts of the notice. */
onFormSuccess('contact-form', (_body, form) => showConfirmation(form, 'contact-sent'));

const state = document.getElementById('contact-state')!;

function addressBlock(title: string, lines: (string | Node)[]): HTMLElement {
  return h('div', {}, h('h3', {}, title), h('address', {}, ...lines.flatMap((line, index) => (index === 0 ? [line] : [h('br'), line]))));
}

api.contact
  .$get()
  .then(bodyOf)
  .then(
    ({ insurer, contacts }) => {
      document.getElementById('insurer-contact')!.replaceChildren(
        addressBlock(insurer.name, [
          `Par courrier : ${insurer.correspondenceAddress}`,
          h('span', {}, 'Par téléphone : ', h('a', { href: `tel:${insurer.phone.replace(/\s/g, '')}` }, insurer.phone)),
        ]),
      );
      const privacy = contacts.filter((contact) => contact.kind === 'dpo' || contact.kind === 'cnil');
      document.getElementById('privacy-contacts')!.replaceChildren(
        h('p', {}, 'Pour exercer vos droits sur vos données, ou si vous estimez qu’ils ne sont pas respectés :'),
        ...privacy.map((contact) =>
          addressBlock(contact.name, [
            contact.postalAddress,
            ...(contact.email ? [h('a', { href: `mailto:${contact.email}` }, contact.email)] : []),
            ...(contact.website ? [h('a', { href: contact.website }, contact.website)] : []),
          ]),
        ),
      );
      state.hidden = true;
    },
    (error: unknown) => {
      if (error instanceof HttpError && error.status === 401) return;
      state.textContent = 'Les coordonnées n’ont pas pu être chargées : vérifiez votre connexion puis rechargez la page.';
    },
  );
