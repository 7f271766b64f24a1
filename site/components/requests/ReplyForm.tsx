import { createSignal, Show } from 'solid-js';
import { api, httpErrorOf } from '../../scripts/api.ts';
import { leaveForSignIn } from '../../scripts/leave-for-sign-in.ts';

const NETWORK_ERROR = 'Connexion impossible : vérifiez votre réseau puis réessayez. Votre message est conservé.';

/** A message added to a request; the server's refusal appears next to the field, the text kept. */
export function ReplyForm(props: { requestId: number; onSent: () => void }) {
  const fieldId = `reponse-${props.requestId}`;
  const [problem, setProblem] = createSignal<string>();
  const [sent, setSent] = createSignal('');
  const [sending, setSending] = createSignal(false);
  let field!: HTMLTextAreaElement;

  const send = async () => {
    if (sending()) return;
    setSending(true);
    setProblem(undefined);
    setSent('');
    try {
      const response = await api.requests[':id'].messages.$post({ param: { id: String(props.requestId) }, json: { message: field.value } });
      // The session check answers before the route, hence a status the route's types do not list.
      if ((response.status as number) === 401) return leaveForSignIn({ expired: true });
      if (!response.ok) {
        const error = await httpErrorOf(response);
        setProblem(error.explanation ?? 'Le message n’a pas pu être envoyé : réessayez dans quelques minutes.');
        field.focus();
        return;
      }
      field.value = '';
      setSent('Votre message est envoyé.');
      props.onSent();
    } catch {
      setProblem(NETWORK_ERROR);
      field.focus();
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      class="form"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <div class="field">
        <label class="field-label" for={fieldId}>Ajouter un message</label>
        <Show when={problem()}>
          {(message) => (
            <p class="field-error" id={`${fieldId}-erreur`}>
              <span class="visually-hidden">Erreur : </span>
              {message()}
            </p>
          )}
        </Show>
        <textarea
          ref={field}
          class="input"
          id={fieldId}
          name="message"
          rows="3"
          maxlength="5000"
          aria-invalid={problem() ? 'true' : undefined}
          aria-describedby={problem() ? `${fieldId}-erreur` : undefined}
        />
      </div>
      <button class="button button--secondary" type="submit" aria-disabled={sending() ? 'true' : undefined}>
        Envoyer le message
      </button>
      <p class="status-message" role="status">{sent()}</p>
    </form>
  );
}
