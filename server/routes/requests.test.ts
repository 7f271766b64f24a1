import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');
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
    expect(body.attachments).toEqual([expect.objectContaining({ fileName: 'facture.exe', mediaType: 'application/pdf', sizeBytes: PDF.length })]);
    const file = await call(body.attachments[0]!.href, { cookie });
    expect(file.headers.get('Content-Type')).toBe('application/pdf');
    expect(file.headers.get('Content-Disposition')).toMatch(/^attachment; filename="piece-jointe-\d+"/);
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
    const big = Buffer.concat([PDF.subarray(0, 9), Buffer.alloc(5 * 1024 * 1024 + 10, 0x20), Buffer.from('\n%%EOF\n')]);
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
});
