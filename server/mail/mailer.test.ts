import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing.ts';
import { createMailer } from './mailer.ts';

/** Just enough of an SMTP server to receive one message in plain text. */
function startSmtpServer() {
  const received: string[] = [];
  const server = createServer((socket: Socket) => {
    let pending = '';
    let message: string | null = null;
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      const lines = (pending + chunk.toString('utf8')).split('\r\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (message !== null) {
          if (line !== '.') message += `${line}\n`;
          else {
            received.push(message);
            message = null;
            socket.write('250 queued\r\n');
          }
        } else if (/^DATA/i.test(line)) {
          message = '';
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return { server, received };
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('createMailer', () => {
  it('delivers through SMTP when SMTP_URL is set, and keeps nothing in the outbox', async () => {
    const { server, received } = startSmtpServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    const mailer = createMailer(database.db, `smtp://127.0.0.1:${port}`);
    await mailer.send({ to: 'camille@demo.test', subject: 'Objet du test', text: 'Bonjour Camille' });
    server.close();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/^To: camille@demo\.test$/m);
    expect(received[0]).toContain('Bonjour Camille');
    expect(await database.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
  });

  it('keeps the message in the outbox without SMTP_URL', async () => {
    await createMailer(database.db, null).send({ to: 'dominique@demo.test', subject: 'Objet', text: 'Texte' });
    const rows = await database.db.selectFrom('outbox').select(['recipient', 'subject']).execute();
    expect(rows).toEqual([{ recipient: 'dominique@demo.test', subject: 'Objet' }]);
  });
});
