import { For } from 'solid-js';
import { fileSize } from '../../../domain/file-size.ts';
import { api } from '../../scripts/api.ts';
import { createPersonalData } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';
import styles from './DocumentList.module.css';

/** « Mes documents »: each download says what it is and how heavy, before it is fetched. */
export default function DocumentList() {
  const documents = createPersonalData(() => api.documents.$get());
  return (
    <PersonalView
      name="documents"
      resource={documents}
      loading="Chargement de vos documents…"
      failed="La liste de vos documents n’a pas pu être chargée"
    >
      {(data) => (
        <ul class={styles.list}>
          <For each={data().documents}>
            {(item) => (
              <li>
                <a href={item.href} download="">
                  {item.title}
                </a>{' '}
                ({item.type}, {fileSize(item.bytes)})<br />
                {item.description}
              </li>
            )}
          </For>
        </ul>
      )}
    </PersonalView>
  );
}
