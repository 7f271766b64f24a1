import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing.ts';
import { createTestApp } from '../testing.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.insertInto('outbox').values({ recipient: 'a@demo.test', subject: 'Objet', text_body: 'Texte' }).execute();
});
afterAll(() => database.close());

describe('GET /api/demo/outbox', () => {
  it('does not exist outside demonstration mode', async () => {
    const response = await createTestApp(database.db, { demoMode: false }).call('/api/demo/outbox');
    expect(response.status).toBe(404);
  });

  it('lists the latest e-mails in demonstration mode', async () => {
    const response = await createTestApp(database.db, { demoMode: true }).call('/api/demo/outbox');
    expect(response.status).toBe(200);
    const { messages } = (await response.json()) as { messages: { to: string; subject: string }[] };
    expect(messages[0]).toMatchObject({ to: 'a@demo.test', subject: 'Objet' });
  });
});
