import type { Kysely, Transaction } from 'kysely';
import type { Database, RequestStatus, RequestType } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

interface DemoRequest {
  firstName: string;
  type: RequestType;
  subject: string;
  /** Days ago, for each status in turn. */
  history: [RequestStatus, number][];
  messages: ['member' | 'advisor', string, number][];
}

/** Two requests already answered, so that the follow-up shows every step of a request's life. */
const DEMO_REQUESTS: DemoRequest[] = [
  {
    firstName: 'Camille',
    type: 'carte_papier',
    subject: 'Carte mutualiste papier',
    history: [['recue', 40], ['en_cours', 38], ['traitee', 35]],
    messages: [
      ['member', 'Pourriez-vous m’envoyer une carte papier pour mon fils ? Merci.', 40],
      ['advisor', 'La carte a été envoyée par courrier à votre adresse ce jour.', 35],
    ],
  },
  {
    firstName: 'Dominique',
    type: 'devis_optique',
    subject: 'Devis de lunettes progressives',
    history: [['recue', 20], ['en_cours', 19], ['refusee', 17]],
    messages: [
      ['member', 'Voici le devis de mon opticien pour des verres progressifs.', 20],
      ['advisor', 'Le devis joint n’est pas lisible : merci de nous en envoyer une copie nette dans une nouvelle demande.', 17],
    ],
  },
];

const daysAgo = (days: number, now: Date) => new Date(now.getTime() - days * 24 * 3600 * 1000);

export async function seedDemoRequests(db: Executor, now = new Date()): Promise<void> {
  for (const demo of DEMO_REQUESTS) {
    const person = await db.selectFrom('beneficiaries').select('id').where('first_name', '=', demo.firstName).executeTakeFirst();
    if (!person) continue;
    const request = await db
      .insertInto('requests')
      .values({ beneficiary_id: person.id, type: demo.type, subject: demo.subject, created_at: daysAgo(demo.history[0]![1], now) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('request_events')
      .values(demo.history.map(([status, days]) => ({ request_id: request.id, status, at: daysAgo(days, now) })))
      .execute();
    await db
      .insertInto('request_messages')
      .values(demo.messages.map(([author, body, days]) => ({ request_id: request.id, author, body, at: daysAgo(days, now) })))
      .execute();
  }
}
