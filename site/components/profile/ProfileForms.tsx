import { createEffect, createMemo, on, type JSX, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { api } from '../../scripts/api.ts';
import { EnhancedForm } from '../forms/EnhancedForm.tsx';
import { FieldError } from '../forms/FieldError.tsx';
import { TextArea } from '../forms/TextArea.tsx';
import { TextField } from '../forms/TextField.tsx';
import { createPersonalData, onScreen } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';
import { isProfileForm, type ProfileForm, profileValues, type ProfileValues } from './profile-values.ts';

type Saved = { message: string };

/**
 * « Mes informations »: plain forms that post without JavaScript, filled in with what is known.
 * After a save only the saved form is filled in again, so what is typed in another one stays.
 * The NIR and the IBAN are checked by the server, whose messages appear next to the field; both
 * come back masked, so they are shown beside their field, never put into it.
 */
export default function ProfileForms() {
  const profile = createPersonalData(() => api.profile.$get());
  const [, { refetch }] = profile;
  const [values, setValues] = createStore<Partial<ProfileValues>>({});
  const [statuses, setStatuses] = createStore<Record<string, string>>({});
  // A memo: the effect below runs for a new answer, not when the same one starts reloading.
  const loaded = createMemo(() => onScreen(profile)?.data);
  // Until the role is known the household's parts stay, as in the page built without scripts.
  const principal = () => loaded()?.role !== 'ayant_droit';

  let firstAnswer = true;
  const toFillIn = new Set<ProfileForm>();
  createEffect(
    on(loaded, (data) => {
      if (!data) return;
      const fresh = profileValues(data);
      if (firstAnswer) setValues(fresh);
      for (const form of toFillIn) setValues(form, fresh[form]);
      firstAnswer = false;
      toFillIn.clear();
    }),
  );
  const savedBy = (form: string) => (body: Saved) => {
    setStatuses(form, body.message);
    if (isProfileForm(form)) toFillIn.add(form);
    void refetch();
  };
  let code!: HTMLInputElement;

  return (
    <>
      <PersonalView name="profil" resource={profile} loading="Chargement de vos informations…" failed="Vos informations n’ont pas pu être chargées" />

      <section aria-labelledby="coordonnees-titre">
        <h2 id="coordonnees-titre">Mes coordonnées</h2>
        <EnhancedForm id="contact-details-form" action="/api/profile/contact" headingLevel={3} onSuccess={savedBy('contact-details-form')}>
          <Show when={principal()}>
            <TextArea
              id="postalAddress"
              label="Adresse postale du foyer"
              rows="3"
              maxlength="300"
              autocomplete="street-address"
              value={values['contact-details-form']?.postalAddress ?? ''}
            />
          </Show>
          <TextField id="phone" label="Téléphone" type="tel" autocomplete="tel" hint="Par exemple 06 12 34 56 78." value={values['contact-details-form']?.phone ?? ''} />
          <button class="button" type="submit">Enregistrer mes coordonnées</button>
        </EnhancedForm>
        <Status of="contact-details-form" statuses={statuses} />
      </section>

      <section aria-labelledby="secu-titre">
        <h2 id="secu-titre">Sécurité sociale</h2>
        <p>
          Numéro enregistré : <span id="current-nir">{loaded() ? (loaded()!.profile.nir ?? 'aucun') : '—'}</span> (masqué : il n’est jamais
          réaffiché en entier ici).
        </p>
        <EnhancedForm id="health-insurance-form" action="/api/profile/health-insurance" headingLevel={3} onSuccess={savedBy('health-insurance-form')}>
          <TextField
            id="nir"
            label="Numéro de sécurité sociale"
            hint="À saisir en entier à chaque enregistrement : 15 caractères, clé comprise, par exemple 2 84 03 75 123 456 78."
            autocomplete="off"
            spellcheck={false}
          />
          <TextField
            id="affiliationFund"
            label="Caisse d'assurance maladie"
            hint="Par exemple CPAM des Hauts-de-Seine."
            autocomplete="off"
            value={values['health-insurance-form']?.affiliationFund ?? ''}
          />
          <button class="button" type="submit">Enregistrer</button>
        </EnhancedForm>
        <Status of="health-insurance-form" statuses={statuses} />
      </section>

      <section aria-labelledby="preferences-titre">
        <h2 id="preferences-titre">Préférences de communication</h2>
        <EnhancedForm id="communication-form" action="/api/profile/preferences" headingLevel={3} onSuccess={savedBy('communication-form')}>
          <fieldset class="fieldset">
            <legend class="fieldset__legend">Vos relevés et courriers</legend>
            <FieldError id="documentsChannel-erreur" for="documentsChannel" />
            <Choice type="radio" name="documentsChannel" value="electronique" checked={values['communication-form']?.documentsChannel !== 'papier'}>
              Dans mon espace, sans papier
            </Choice>
            <Choice type="radio" name="documentsChannel" value="papier" checked={values['communication-form']?.documentsChannel === 'papier'}>
              Par courrier, sur papier
            </Choice>
          </fieldset>
          <Choice type="checkbox" name="magazine" checked={values['communication-form']?.magazine ?? false}>
            Recevoir le magazine des adhérents
          </Choice>
          <button class="button" type="submit">Enregistrer mes préférences</button>
        </EnhancedForm>
        <Status of="communication-form" statuses={statuses} />
      </section>

      <section aria-labelledby="sensible-titre">
        <h2 id="sensible-titre">Coordonnées bancaires et adresse e-mail</h2>
        <p>Par sécurité, ces changements demandent un code envoyé à votre adresse e-mail actuelle, valable 10 minutes.</p>
        <EnhancedForm
          id="step-up-request-form"
          action="/api/account/step-up"
          headingLevel={3}
          onSuccess={() => {
            setStatuses('step-up', 'Un code vient de vous être envoyé par e-mail.');
            code.focus();
          }}
        >
          <button class="button button--secondary" type="submit">Recevoir un code par e-mail</button>
        </EnhancedForm>
        <EnhancedForm
          id="step-up-verify-form"
          action="/api/account/step-up/verify"
          headingLevel={3}
          onSuccess={() => setStatuses('step-up', 'Code confirmé : vous pouvez changer votre IBAN ou votre adresse e-mail pendant quelques minutes.')}
        >
          <TextField ref={code} id="code" label="Code reçu par e-mail" inputmode="numeric" autocomplete="one-time-code" maxlength="6" />
          <button class="button button--secondary" type="submit">Confirmer le code</button>
        </EnhancedForm>
        <Status of="step-up" statuses={statuses} />

        <Show when={principal()}>
          <h3>IBAN pour vos remboursements</h3>
          <p>
            IBAN actuel : <span id="current-iban">{loaded() ? (loaded()!.bank?.iban ?? 'aucun') : '—'}</span>
          </p>
          <EnhancedForm id="bank-form" action="/api/profile/bank" headingLevel={3} onSuccess={savedBy('bank-form')}>
            <TextField id="iban" label="Nouvel IBAN" hint="Par exemple FR76 3000 6000 0112 3456 7890 189." autocomplete="off" spellcheck={false} />
            <button class="button" type="submit">Changer d'IBAN</button>
          </EnhancedForm>
          <Status of="bank-form" statuses={statuses} />
        </Show>

        <h3>Adresse e-mail de connexion</h3>
        <p>
          Adresse actuelle : <span id="current-email">{loaded()?.email ?? '—'}</span>
        </p>
        <EnhancedForm id="email-form" action="/api/account/email" headingLevel={3} onSuccess={savedBy('email-form')}>
          <TextField
            id="email"
            label="Adresse e-mail"
            hint="Un lien de confirmation est envoyé à la nouvelle adresse ; l'actuelle reste valable jusqu'à ce qu'il soit ouvert, puis elle est prévenue."
            type="email"
            autocomplete="email"
            spellcheck={false}
            autocapitalize="none"
            required
          />
          <button class="button" type="submit">Changer d'adresse e-mail</button>
        </EnhancedForm>
        <Status of="email-form" statuses={statuses} />
      </section>
    </>
  );
}

/** The polite message under a form: what its last sending did. */
function Status(props: { of: string; statuses: Record<string, string> }) {
  return (
    <p class="status-message" role="status" data-status-for={props.of}>{props.statuses[props.of] ?? ''}</p>
  );
}

function Choice(props: { type: 'radio' | 'checkbox'; name: string; value?: string; checked: boolean; children: JSX.Element }) {
  const id = props.value ? `${props.name}-${props.value}` : props.name;
  return (
    <div class="checkbox">
      <input class="checkbox__input" type={props.type} id={id} name={props.name} value={props.value} checked={props.checked} />
      <label class="checkbox__label" for={id}>{props.children}</label>
    </div>
  );
}
