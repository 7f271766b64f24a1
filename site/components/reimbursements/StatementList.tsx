import { For } from 'solid-js';
import { fileSize } from '../../../domain/file-size.ts';
import { monthName } from '../../../domain/french-dates.ts';
import { api } from '../../scripts/api.ts';
import { createPersonalData } from '../personal-view/personal-resource.ts';
import { PersonalView } from '../personal-view/PersonalView.tsx';
import { counted } from '../plural.ts';

/** One « relevé de prestations » per month with a payment, as a PDF whose size is said first. */
export default function StatementList() {
  const statements = createPersonalData(() => api.reimbursements.statements.$get());
  return (
    <PersonalView name="releves" resource={statements} loading="Chargement de vos relevés…" failed="La liste des relevés n’a pas pu être chargée">
      {(data) => (
        <ul>
          <For each={data().statements}>
            {(statement) => (
              <li>
                <a href={`/api/reimbursements/statements/${statement.month}`} download="">
                  Relevé de {monthName(statement.month)}
                </a>{' '}
                (PDF, {fileSize(statement.bytes)}, {counted(statement.payments, 'paiement')})
              </li>
            )}
          </For>
        </ul>
      )}
    </PersonalView>
  );
}
