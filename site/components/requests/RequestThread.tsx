import { For, Show } from 'solid-js';
import { fileSize } from '../../../domain/file-size.ts';
import { api } from '../../scripts/api.ts';
import { DateAndTime } from '../Dates.tsx';
import { createPersonalData } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';
import { ReplyForm } from './ReplyForm.tsx';

const KINDS: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** One request opened: its status history, the messages both ways, its documents and a reply. */
export function RequestThread(props: { id: number }) {
  const thread = createPersonalData(() => api.requests[':id'].$get({ param: { id: String(props.id) } }));
  return (
    <PersonalView name="fil" resource={thread} loading="Chargement du détail…" failed="Le détail n’a pas pu être chargé">
      {(detail) => (
        <>
          <h4>Historique</h4>
          <ol>
            <For each={detail().history}>
              {(event) => (
                <li>
                  {event.status} le <DateAndTime iso={event.at} />
                </li>
              )}
            </For>
          </ol>
          <h4>Messages</h4>
          <ul>
            <For each={detail().messages}>
              {(message) => (
                <li>
                  <strong>{message.author === 'member' ? 'Vous' : 'Votre conseiller'}</strong>, <DateAndTime iso={message.at} /> : {message.body}
                </li>
              )}
            </For>
          </ul>
          <Show when={detail().attachments.length > 0}>
            <h4>Justificatifs</h4>
            <ul>
              <For each={detail().attachments}>
                {(file) => (
                  <li>
                    <a href={file.href} download="">
                      {file.fileName}
                    </a>{' '}
                    ({KINDS[file.mediaType] ?? 'fichier'}, {fileSize(file.sizeBytes)})
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <ReplyForm requestId={props.id} onSent={() => void thread[1].refetch()} />
        </>
      )}
    </PersonalView>
  );
}
