import { For, type JSX, Show } from 'solid-js';
import { api } from '../../scripts/api.ts';
import { createPersonalData } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';
import { telephoneHref } from './telephone.ts';

/** « Contact et aide »: the member's own managing insurer, and whom to ask about personal data. */
export default function ContactDetails() {
  const contacts = createPersonalData(() => api.contact.$get());
  return (
    <PersonalView name="contacts" resource={contacts} loading="Chargement des coordonnées…" failed="Les coordonnées n’ont pas pu être chargées">
      {(data) => (
        <>
          <section aria-labelledby="gestion-titre">
            <h2 id="gestion-titre">Votre centre de gestion</h2>
            <AddressBlock title={data().insurer.name}>
              Par courrier : {data().insurer.correspondenceAddress}
              <br />
              Par téléphone : <a href={telephoneHref(data().insurer.phone)}>{data().insurer.phone}</a>
            </AddressBlock>
          </section>
          <section aria-labelledby="donnees-titre">
            <h2 id="donnees-titre">Vos données personnelles</h2>
            <p>Pour exercer vos droits sur vos données, ou si vous estimez qu’ils ne sont pas respectés :</p>
            <For each={data().contacts.filter((contact) => contact.kind === 'dpo' || contact.kind === 'cnil')}>
              {(contact) => (
                <AddressBlock title={contact.name}>
                  {contact.postalAddress}
                  <Show when={contact.email}>
                    {(email) => (
                      <>
                        <br />
                        <a href={`mailto:${email()}`}>{email()}</a>
                      </>
                    )}
                  </Show>
                  <Show when={contact.website}>
                    {(website) => (
                      <>
                        <br />
                        <a href={website()}>{website()}</a>
                      </>
                    )}
                  </Show>
                </AddressBlock>
              )}
            </For>
          </section>
        </>
      )}
    </PersonalView>
  );
}

function AddressBlock(props: { title: string; children: JSX.Element }) {
  return (
    <div>
      <h3>{props.title}</h3>
      <address>{props.children}</address>
    </div>
  );
}
