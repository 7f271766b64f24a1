import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { ATTACHMENT_RULES } from '../../domain/request-types.ts';
import { samplePdf } from '../requests/sample-documents.ts';
import { useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

let PDF: Buffer;
beforeAll(async () => {
  PDF = await samplePdf();
});
const EXECUTABLE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

function form(fields: Record<string, string>, files: { name: string; content: Buffer; type?: string }[] = []): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  for (const file of files) body.append('pieces', new Blob([new Uint8Array(file.content)], { type: file.type ?? 'application/octet-stream' }), file.name);
  return body;
}

const requestCount = async () => Number((await testApp.db.selectFrom('requests').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('/api/requests', () => {
  it('needs a session', async () => {
    expect((await call('/api/requests')).status).toBe(401);
    expect((await call('/api/requests', { method: 'POST', json: {} })).status).toBe(401);
  });

  it('takes a reimbursement request with a PDF (even renamed .exe) from a plain form, and keeps its history', async () => {
    const cookie = await testApp.signIn(principal!);
    const response = await call('/api/requests', {
      method: 'POST',
      cookie,
      body: form(
        { type: 'remboursement', subject: 'Facture ostéopathe', message: "Séance du 3 novembre, <script>alert('x')</script>" },
        [{ name: 'facture.exe', content: PDF }],
      ),
    });
    expect(response.status).toBe(303);
    const id = /envoyee=(\d+)/.exec(response.headers.get('Location') ?? '')![1];
    const detail = await call(`/api/requests/${id}`, { cookie });
    const body = (await detail.json()) as {
      history: { status: string }[];
      messages: { body: string }[];
      attachments: { href: string; fileName: string; mediaType: string; sizeBytes: number }[];
    };
    expect(body.history.map((event) => event.status)).toEqual(['Reçue']);
    expect(body.messages[0]!.body).toBe("Séance du 3 novembre, <script>alert('x')</script>");
    expect(body.attachments).toEqual([expect.objectContaining({ fileName: 'facture.pdf', mediaType: 'application/pdf', sizeBytes: PDF.length })]);
    const file = await call(body.attachments[0]!.href, { cookie });
    expect(file.headers.get('Content-Type')).toBe('application/pdf');
    expect(file.headers.get('Content-Disposition')).toMatch(/^attachment; filename="piece-jointe-\d+\.pdf"; filename\*=UTF-8''facture\.pdf$/);
    expect(file.headers.get('Content-Security-Policy')).toMatch(/\bsandbox\b/);
    expect(file.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('refuses an executable named .pdf, an oversized file and a reimbursement without document, storing nothing', async () => {
    const cookie = await testApp.signIn(principal!);
    const before = await requestCount();
    const fields = { type: 'remboursement', subject: 'Facture', message: 'Voici.' };
    // As the page's script sends it: the JSON answer, not the page for plain forms.
    const headers = { Accept: 'application/json' };
    const executable = await call('/api/requests', { method: 'POST', cookie, headers, body: form(fields, [{ name: 'facture.pdf', content: EXECUTABLE, type: 'application/pdf' }]) });
    expect(executable.status).toBe(400);
    expect(((await executable.json()) as { error: { fields: Record<string, string> } }).error.fields['pieces']).toMatch(/n'est pas un PDF, JPEG ou PNG/);
    const big = Buffer.concat([PDF.subarray(0, 9), Buffer.alloc(ATTACHMENT_RULES.maxBytes + 10, 0x20), Buffer.from('\n%%EOF\n')]);
    const oversized = await call('/api/requests', { method: 'POST', cookie, headers, body: form(fields, [{ name: 'gros.pdf', content: big }]) });
    expect(oversized.status).toBe(413);
    expect(((await oversized.json()) as { error: { message: string } }).error.message).toMatch(/dépasse 5 Mo/);
    const withoutDocument = await call('/api/requests', { method: 'POST', cookie, json: fields });
    expect(withoutDocument.status).toBe(400);
    expect(await requestCount()).toBe(before);
  });

  it('keeps contract management to the adhérent principal and each ayant droit to their own requests', async () => {
    const principalCookie = await testApp.signIn(principal!);
    const spouseCookie = await testApp.signIn(spouse!);
    const refused = await call('/api/requests', { method: 'POST', cookie: spouseCookie, json: { type: 'resiliation', subject: 'Fin', message: 'Je résilie.' } });
    expect(refused.status).toBe(403);
    const created = await call('/api/requests', { method: 'POST', cookie: principalCookie, json: { type: 'carte_papier', subject: 'Carte', message: 'Une carte papier, svp.' } });
    expect(created.status).toBe(201);
    const { request } = (await created.json()) as { request: { id: number } };
    // The spouse cannot see the principal's request, nor write in it; the principal sees the spouse's.
    expect((await call(`/api/requests/${request.id}`, { cookie: spouseCookie })).status).toBe(404);
    expect((await call(`/api/requests/${request.id}/messages`, { method: 'POST', cookie: spouseCookie, json: { message: 'Coucou' } })).status).toBe(404);
    const spouseRequest = await call('/api/requests', { method: 'POST', cookie: spouseCookie, json: { type: 'message', subject: 'Question', message: 'Bonjour ?' } });
    const { request: own } = (await spouseRequest.json()) as { request: { id: number } };
    const list = (await (await call('/api/requests', { cookie: principalCookie })).json()) as { requests: { id: number; requester: string }[] };
    expect(list.requests.find((item) => item.id === own.id)?.requester).toBe('Dominique');
    const spouseList = (await (await call('/api/requests', { cookie: spouseCookie })).json()) as { requests: { id: number; requester: string }[] };
    expect(spouseList.requests.map((item) => item.id)).toContain(own.id);
    expect(spouseList.requests.map((item) => item.id)).not.toContain(request.id);
    expect(new Set(spouseList.requests.map((item) => item.requester))).toEqual(new Set(['Dominique']));
  });

  it('refuses unknown types, empty or oversized texts and extra fields, in French', async () => {
    const cookie = await testApp.signIn(principal!);
    const before = await requestCount();
    for (const json of [
      { type: 'virement', subject: 'x', message: 'y' },
      { type: 'message', subject: '', message: 'y' },
      { type: 'message', subject: 'x', message: 'y'.repeat(5001) },
      { type: 'message', subject: 'x', message: 'y', admin: true },
      { type: 42, subject: ['x'], message: null },
    ]) {
      const response = await call('/api/requests', { method: 'POST', cookie, json });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe('Certaines informations sont à corriger.');
    }
    expect(await requestCount()).toBe(before);
    expect((await call("/api/requests/1' or '1'='1", { cookie })).status).toBe(404);
  });

  it('refuses control characters in every text, which the database cannot store, with a French 400', async () => {
    const cookie = await testApp.signIn(principal!);
    const created = await call('/api/requests', { method: 'POST', cookie, json: { type: 'message', subject: 'Question', message: 'Bonjour.' } });
    const { request } = (await created.json()) as { request: { id: number } };
    for (const [path, json] of [
      ['/api/requests', { type: 'message', subject: 'Question', message: 'abc\u0000def' }],
      ['/api/requests', { type: 'message', subject: 'a\u0007b', message: 'Bonjour.' }],
      [`/api/requests/${request.id}/messages`, { message: 'abc\u0000def' }],
      ['/api/requests/appointments', { channel: 'telephone', day: 'lundi', slot: 'matin', note: 'abc\u0000def' }],
      ['/api/profile/contact', { postalAddress: '3 rue\u0000 des Lilas', phone: '06 12 34 56 78' }],
    ] as const) {
      const response = await call(path, { method: 'POST', cookie, json });
      expect(response.status, path).toBe(400);
      expect(JSON.stringify(await response.json()), path).toMatch(/caractère de contrôle invisible/);
    }
  });

  it('refuses a PDF or PNG header followed by a web page, and serves no document as a page', async () => {
    const cookie = await testApp.signIn(principal!);
    const before = await requestCount();
    const html = '<html><script>fetch("/api/profile")</script></html>';
    const fields = { type: 'remboursement', subject: 'Facture', message: 'Voici.' };
    for (const content of [
      Buffer.from(`%PDF-1.4\n${html}\n%%EOF\n`, 'latin1'),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(html)]),
    ]) {
      const response = await call('/api/requests', { method: 'POST', cookie, headers: { Accept: 'application/json' }, body: form(fields, [{ name: 'page.html', content }]) });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields['pieces']).toBe("Le fichier « page.html » n'est pas un PDF, JPEG ou PNG lisible.");
    }
    expect(await requestCount()).toBe(before);
  });

  it('keeps a name without folders, control characters nor a misleading extension', async () => {
    const cookie = await testApp.signIn(principal!);
    const sent = '../../re\u0007çu\u202Elmth.html';
    const response = await call('/api/requests', {
      method: 'POST',
      cookie,
      headers: { Accept: 'application/json' },
      body: form({ type: 'remboursement', subject: 'Reçu', message: 'Voici.' }, [{ name: sent, content: PDF }]),
    });
    const { request } = (await response.json()) as { request: { id: number } };
    const detail = (await (await call(`/api/requests/${request.id}`, { cookie })).json()) as { attachments: { href: string; fileName: string }[] };
    expect(detail.attachments[0]!.fileName).toBe('reçulmth.pdf');
    const file = await call(detail.attachments[0]!.href, { cookie });
    expect(file.headers.get('Content-Disposition')).toMatch(/filename\*=UTF-8''re%C3%A7ulmth\.pdf$/);
  });

  it('holds each household to 50 MB of documents, even when they are sent all at once', async () => {
    const cookie = await testApp.signIn(spouse!);
    // The household has already sent nearly its quota: room for two more copies of the invoice.
    const { id: requestId } = await testApp.db
      .insertInto('requests')
      .values({ beneficiary_id: (await spouseId()), type: 'message', subject: 'Archives', created_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const used = await householdBytes();
    await testApp.db
      .insertInto('request_attachments')
      .values({ request_id: requestId, file_name: 'archives.pdf', media_type: 'application/pdf', size_bytes: ATTACHMENT_RULES.quotaBytes - used - 2 * PDF.length - 10, content: PDF })
      .execute();

    const fields = { type: 'remboursement', subject: 'Facture', message: 'Voici.' };
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => call('/api/requests', { method: 'POST', cookie, headers: { Accept: 'application/json' }, body: form(fields, [{ name: 'f.pdf', content: PDF }]) })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 201, 413, 413, 413, 413]);
    const refused = responses.find((response) => response.status === 413)!;
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^Les justificatifs envoyés en ligne par votre foyer sont limités à 50 Mo au total/);
    expect(await householdBytes()).toBeLessThanOrEqual(ATTACHMENT_RULES.quotaBytes);
  });
});

async function spouseId(): Promise<number> {
  const row = await testApp.db.selectFrom('beneficiaries').select('id').where('first_name', '=', 'Dominique').executeTakeFirstOrThrow();
  return row.id;
}

/** What the first household has sent, as counted by the quota. */
async function householdBytes(): Promise<number> {
  const rows = await testApp.db
    .selectFrom('request_attachments')
    .innerJoin('requests', 'requests.id', 'request_attachments.request_id')
    .innerJoin('beneficiaries', 'beneficiaries.id', 'requests.beneficiary_id')
    .innerJoin('members', 'members.id', 'beneficiaries.member_id')
    .select('request_attachments.size_bytes')
    .where('members.member_number', '=', '990012345')
    .execute();
  return rows.reduce((total, row) => total + row.size_bytes, 0);
}
