import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index.ts';
import type { Database } from '../db/schema.ts';
import { demoAccounts } from '../db/seed/demo-accounts.ts';
import { samplePdf } from './requests/sample-documents.ts';
import { type DataLocation, dataLocation, minimalSite, startServer } from './testing-process.ts';

type Server = Awaited<ReturnType<typeof startServer>>;

const [principal, spouse] = demoAccounts;
const url = process.env.DATABASE_URL;

function post(base: string, path: string, body: unknown, cookie?: string) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base, ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
}

function cookieOf(response: Response): string {
  return /(__Host-session=[^;]+)/.exec(response.headers.get('Set-Cookie') ?? '')![1]!;
}

const signIn = (base: string, account: { email: string; password: string }) =>
  post(base, '/api/auth/sign-in', { email: account.email, password: account.password });

/** The session cookie of a fresh sign-in. */
const sessionOf = async (base: string, account: { email: string; password: string }) => cookieOf(await signIn(base, account));

/**
 * A kind of write the server acknowledges: `write` performs one and returns what the client was
 * told (undefined when not acknowledged); `missing` asks the restarted server which acknowledged
 * writes it lost. A new kind of write is one more entry.
 */
interface DurableWrite<Ack> {
  name: string;
  /** Several loops write at once, except for writes that must follow one another. */
  loops: number;
  prepare?(base: string): Promise<void>;
  write(base: string, round: number): Promise<Ack | undefined>;
  missing(base: string, acknowledged: Ack[]): Promise<string[]>;
}

const sessions: DurableWrite<string> = {
  name: 'sign-in (new session)',
  loops: 2,
  async write(base) {
    const response = await signIn(base, spouse!);
    return response.status === 200 ? cookieOf(response) : undefined;
  },
  async missing(base, cookies) {
    const lost: string[] = [];
    for (const cookie of cookies) {
      const response = await fetch(`${base}/api/auth/session`, { headers: { Cookie: cookie } });
      if (response.status !== 200) lost.push(`session ${cookie.slice(-8)}: ${response.status}`);
    }
    return lost;
  },
};

/** Password changes follow one another: each one needs the previous password. */
const passwordChanges = (() => {
  let cookie = '';
  let current: string = principal!.password;
  const passwordOf = (round: number) => `phrase de passe durable numéro ${round}`;
  const change: DurableWrite<number> = {
    name: 'password change',
    loops: 1,
    async prepare(base) {
      cookie = await sessionOf(base, principal!);
    },
    async write(base, round) {
      const response = await post(base, '/api/account/password', { currentPassword: current, newPassword: passwordOf(round) }, cookie);
      if (response.status !== 200) return undefined;
      current = passwordOf(round);
      return round;
    },
    async missing(base, rounds) {
      const last = rounds.at(-1);
      if (last === undefined) return ['no password change was acknowledged'];
      // The change in flight at the kill may have been written without its answer arriving.
      for (const candidate of [passwordOf(last), passwordOf(last + 1)]) {
        if ((await signIn(base, { email: principal!.email, password: candidate })).status === 200) return [];
      }
      return [`the password of round ${last} does not sign in`];
    },
  };
  return change;
})();

/** Display settings saves: each one later than the previous, so the last acknowledged must be kept. */
const displaySettingsSaves = (() => {
  let cookie = '';
  const sizes = [100, 125, 150, 175, 200];
  const change: DurableWrite<string> = {
    name: 'display settings save',
    loops: 1,
    async prepare(base) {
      cookie = await sessionOf(base, spouse!);
    },
    async write(base, round) {
      const updatedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, round)).toISOString();
      const body = { contrast: 'high', theme: 'dark', font: 'standard', motion: 'system', textSize: sizes[round % sizes.length], updatedAt };
      const response = await fetch(`${base}/api/preferences/display`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Origin: base, Cookie: cookie },
        body: JSON.stringify(body),
      });
      return response.status === 200 ? updatedAt : undefined;
    },
    async missing(base, saved) {
      const last = saved.at(-1);
      if (last === undefined) return ['no settings save was acknowledged'];
      const session = await sessionOf(base, spouse!);
      const response = await fetch(`${base}/api/preferences/display`, { headers: { Cookie: session } });
      const { preferences } = (await response.json()) as { preferences: { updatedAt: string } | null };
      return preferences && preferences.updatedAt >= last ? [] : [`settings saved at ${last} are gone`];
    },
  };
  return change;
})();

/**
 * Reimbursement requests with their supporting document: the request, its history and the file.
 * By the beneficiary: the password changes above end the principal's other sessions.
 */
const requestsWithDocument = (() => {
  let cookie = '';
  let receipt: Buffer = Buffer.alloc(0);
  const change: DurableWrite<number> = {
    name: 'request with a document',
    loops: 2,
    async prepare(base) {
      cookie = await sessionOf(base, spouse!);
      receipt = await samplePdf();
    },
    async write(base, round) {
      const body = new FormData();
      body.append('type', 'remboursement');
      body.append('subject', `Facture durable ${round}`);
      body.append('message', 'Séance d’ostéopathie.');
      body.append('pieces', new Blob([new Uint8Array(receipt)], { type: 'application/pdf' }), `facture-${round}.pdf`);
      const response = await fetch(`${base}/api/requests`, {
        method: 'POST',
        headers: { Accept: 'application/json', Origin: base, Cookie: cookie },
        body,
      });
      return response.status === 201 ? ((await response.json()) as { request: { id: number } }).request.id : undefined;
    },
    async missing(base, ids) {
      const session = await sessionOf(base, spouse!);
      const lost: string[] = [];
      for (const id of ids) {
        const response = await fetch(`${base}/api/requests/${id}`, { headers: { Cookie: session } });
        const detail = response.status === 200 ? ((await response.json()) as { history: unknown[]; attachments: { href: string }[] }) : undefined;
        const file = detail?.attachments[0] ? await fetch(`${base}${detail.attachments[0].href}`, { headers: { Cookie: session } }) : undefined;
        if (!detail || detail.history.length === 0 || !receipt.equals(Buffer.from((await file?.arrayBuffer()) ?? new ArrayBuffer(0)))) lost.push(`request ${id}`);
      }
      return lost;
    },
  };
  return change;
})();

const DURABLE_WRITES = [sessions, passwordChanges, displaySettingsSaves, requestsWithDocument] as DurableWrite<unknown>[];

describe(`acknowledged writes survive a SIGKILL (${url ? 'PostgreSQL' : 'PGlite'})`, () => {
  let location: DataLocation;
  let siteDir: string;
  const start = () => startServer({ SITE_DIR: siteDir, DEMO_MODE: 'true', ...location.env });

  beforeAll(async () => {
    siteDir = await minimalSite();
    location = await dataLocation('durability');
  });
  afterAll(() => location.dispose());

  it('keeps every acknowledged write after a kill in mid-stream, and the database opens cleanly', async () => {
    const first: Server = await start();
    for (const kind of DURABLE_WRITES) await kind.prepare?.(first.url);

    const acknowledged = new Map<DurableWrite<unknown>, unknown[]>(DURABLE_WRITES.map((kind) => [kind, []]));
    let killed = false;
    const loops = DURABLE_WRITES.flatMap((kind) =>
      Array.from({ length: kind.loops }, async (_, loop) => {
        for (let round = loop; !killed; round += kind.loops) {
          // A request cut by the kill was never acknowledged: it proves nothing either way.
          const ack = await kind.write(first.url, round).catch(() => undefined);
          if (ack !== undefined && !killed) acknowledged.get(kind)!.push(ack);
        }
      }),
    );
    // Kill while requests are in flight, once every kind has a few acknowledged writes.
    while ([...acknowledged.values()].some((acks) => acks.length < 3)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    first.child.kill('SIGKILL');
    killed = true;
    await first.exited;
    await Promise.all(loops);

    const second = await start();
    try {
      for (const kind of DURABLE_WRITES) {
        const acks = acknowledged.get(kind)!;
        expect(await kind.missing(second.url, acks), `${kind.name}: ${acks.length} acknowledged`).toEqual([]);
      }
    } finally {
      second.child.kill('SIGTERM');
      expect((await second.exited).code, 'clean stop after the restart').toBe(0);
    }

    // Opened directly, outside the server: the data is consistent and readable.
    const db: Kysely<Database> = await openDatabase(location.target);
    try {
      const { rows } = await sql<{ sessions: number; changes: number }>`
        select (select count(*)::int from sessions) as sessions,
               (select count(*)::int from audit_log where action = 'password.changed') as changes`.execute(db);
      expect(rows[0]!.sessions).toBeGreaterThanOrEqual(acknowledged.get(sessions as DurableWrite<unknown>)!.length);
      expect(rows[0]!.changes).toBeGreaterThanOrEqual(acknowledged.get(passwordChanges as DurableWrite<unknown>)!.length);
    } finally {
      await db.destroy();
    }
  }, 120_000);
});
