import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoAccounts } from '../db/seed/demo-accounts.ts';
import { useTestApp } from './testing.ts';

/**
 * An unexpected error (here a table gone from under the running server) is logged with a request
 * id and codes only: neither the values the request carried nor those the failed query quoted.
 */
const testApp = useTestApp();
let cookie = '';
beforeAll(async () => {
  cookie = await testApp.signIn(demoAccounts[0]!);
});

async function withTableGone<T>(table: string, run: () => Promise<T>): Promise<T> {
  await sql`alter table ${sql.table(table)} rename to ${sql.table(`${table}_away`)}`.execute(testApp.db);
  try {
    return await run();
  } finally {
    await sql`alter table ${sql.table(`${table}_away`)} rename to ${sql.table(table)}`.execute(testApp.db);
  }
}

/** What the server writes to its error log while `run` goes. */
async function capturedLog(run: () => Response | Promise<Response>) {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void lines.push(parts.map(String).join(' ')));
  const response = await run();
  spy.mockRestore();
  return { response, log: lines.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

describe('the log of an unexpected error', () => {
  it('names the request and the route, never the member number, birth date or query string', async () => {
    const { response, log } = await withTableGone('members', () =>
      capturedLog(() =>
        testApp.call('/api/auth/activation', {
          method: 'POST',
          json: { memberNumber: '990067890', birthDay: '30', birthMonth: '11', birthYear: '1991', email: 'yanis@exemple.fr' },
        }),
      ),
    );
    expect(response.status).toBe(500);
    const requestId = response.headers.get('X-Request-Id');
    expect(requestId).toMatch(/^[\w-]{12}$/);
    const { error } = (await response.json()) as { error: { code: string; message: string; requestId: string } };
    expect(error).toMatchObject({ code: 'internal_error', requestId });
    expect(error.message).toContain(requestId);
    expect(log).toContain(`Erreur interne ${requestId} : POST /api/auth/activation`);
    for (const secret of ['990067890', '1991-11-30', 'yanis@exemple.fr', 'members']) expect(log).not.toContain(secret);
  });

  it('leaves the query string out', async () => {
    const { response, log } = await withTableGone('reimbursements', () =>
      capturedLog(() => testApp.call('/api/reimbursements?du=2025-01-02&au=2025-03-04&beneficiaire=3', { cookie })),
    );
    expect(response.status).toBe(500);
    expect(log).toContain(`Erreur interne ${response.headers.get('X-Request-Id')} : GET /api/reimbursements`);
    for (const value of ['du=', '?', '2025-01-02', '2025-03-04', 'beneficiaire']) expect(log).not.toContain(value);
  });

  it('sends the request id with every answer', async () => {
    const first = await testApp.call('/api/health');
    const second = await testApp.call('/api/nothing-here');
    expect(first.headers.get('X-Request-Id')).toMatch(/^[\w-]{12}$/);
    expect(second.headers.get('X-Request-Id')).not.toBe(first.headers.get('X-Request-Id'));
    expect(second.status).toBe(404);
  });
});
