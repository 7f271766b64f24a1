import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../db/seed/demo-accounts.ts';
import { createTestApp, lastEmailTo, useTestApp } from './testing.ts';

/**
 * Every write endpoint, with a body that is well formed yet refused (unknown link, wrong current
 * password, address already used…), so that each hostile variant below must be refused too and
 * nothing may be stored. A new write endpoint is one more row.
 */
interface WriteEndpoint {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  signedIn: boolean;
  /** The JSON body it reads; none for endpoints that read no body. */
  body?: Record<string, unknown>;
}

const WRITE_ENDPOINTS: WriteEndpoint[] = [
  { method: 'POST', path: '/api/auth/sign-in', signedIn: false, body: { email: 'inconnu@exemple.fr', password: 'pas le bon mot de passe' } },
  { method: 'POST', path: '/api/auth/sign-out', signedIn: false },
  { method: 'POST', path: '/api/auth/cgu', signedIn: true, body: { acceptCgu: false } },
  {
    method: 'POST',
    path: '/api/auth/activation',
    signedIn: false,
    body: { memberNumber: '990012345', birthDay: '31', birthMonth: '12', birthYear: '1901', email: 'nouvelle.adresse@exemple.fr' },
  },
  {
    method: 'POST',
    path: '/api/auth/activation/complete',
    signedIn: false,
    body: { token: 'jeton-inconnu', password: 'une phrase de passe solide', acceptCgu: true },
  },
  { method: 'POST', path: '/api/auth/password-reset', signedIn: false, body: { email: 'personne@exemple.fr' } },
  { method: 'POST', path: '/api/auth/password-reset/complete', signedIn: false, body: { token: 'jeton-inconnu', password: 'une phrase de passe solide' } },
  { method: 'POST', path: '/api/auth/email-change/complete', signedIn: false, body: { token: 'jeton-inconnu' } },
  {
    method: 'POST',
    path: '/api/account/password',
    signedIn: true,
    body: { currentPassword: 'pas le bon mot de passe', newPassword: 'une phrase de passe solide' },
  },
  { method: 'POST', path: '/api/account/sessions/sign-out-others', signedIn: true },
  { method: 'POST', path: '/api/account/step-up', signedIn: true },
  { method: 'POST', path: '/api/account/step-up/verify', signedIn: true, body: { code: 'abcdef' } },
  // The address belongs to another account: refused after the step-up check.
  { method: 'POST', path: '/api/account/email', signedIn: true, body: { email: 'ayantdroit@demo.test' } },
  // A text size the settings do not offer.
  {
    method: 'PUT',
    path: '/api/preferences/display',
    signedIn: true,
    body: { contrast: 'high', theme: 'dark', font: 'standard', motion: 'system', textSize: 300, updatedAt: '2026-01-01T00:00:00Z' },
  },
  // An answer that is neither yes nor no, and a way back that leaves the site: each is refused alone.
  { method: 'POST', path: '/api/consent', signedIn: false, body: { audience: 'peut-être', retour: '//ailleurs.example/' } },
  // A type of request that does not exist.
  { method: 'POST', path: '/api/requests', signedIn: true, body: { type: 'virement', subject: 'Objet', message: 'Texte' } },
  // A message in a request that is not the member's (none has this number).
  { method: 'POST', path: '/api/requests/999999999/messages', signedIn: true, body: { message: 'Une précision sur ma demande.' } },
  // An appointment by a channel that is not offered.
  { method: 'POST', path: '/api/requests/appointments', signedIn: true, body: { channel: 'visio', day: 'lundi', slot: 'matin' } },
  // A phone number that is not one, a NIR whose key is wrong, a channel not offered, an IBAN that fails mod 97.
  { method: 'POST', path: '/api/profile/contact', signedIn: true, body: { phone: '12' } },
  { method: 'POST', path: '/api/profile/health-insurance', signedIn: true, body: { nir: '284037512345600', affiliationFund: 'CPAM de Paris' } },
  { method: 'POST', path: '/api/profile/preferences', signedIn: true, body: { documentsChannel: 'fax', magazine: true } },
  { method: 'POST', path: '/api/profile/bank', signedIn: true, body: { iban: 'FR7630006000011234567890188' } },
  // Closing without ticking the confirmation.
  { method: 'POST', path: '/api/personal-data/close-account', signedIn: true, body: { confirm: false } },
  // No consent to audience measurement: nothing may be counted.
  { method: 'POST', path: '/api/audience/page-views', signedIn: false, body: { path: '/cgu' } },
];

/**
 * Write routes left out of the table, each with the reason: a route missing from both fails the
 * check below, so that no new write endpoint escapes the hostile bodies.
 */
const NOT_IN_TABLE: { method: WriteEndpoint['method']; route: string; why: string }[] = [];

/** Tables a refused request must leave as they were (rate-limit counters may legitimately grow). */
const WATCHED_TABLES = [
  'accounts',
  'sessions',
  'auth_tokens',
  'step_up_codes',
  'outbox',
  'cgu_acceptances',
  'audit_log',
  'display_preferences',
  'consent_records',
  'page_view_counts',
  'requests',
  'request_messages',
  'request_attachments',
  'profiles',
  'bank_accounts',
] as const;

const LONG = 'é'.repeat(20_000);
/** Strings no field should accept as such, or should store only as harmless text. */
const HOSTILE_STRINGS: Record<string, string> = {
  'NUL byte': 'abc\u0000def',
  'lone surrogate': 'abc\uD800def',
  'right-to-left override': '\u202Etxt.exe@demo.test',
  'zero-width and combining marks': 'a\u200B\u0301\uFEFF@demo.test',
  'very long string': LONG,
  'SQL quote': "' OR '1'='1' --",
  'SQL statement': "x'); DROP TABLE accounts; --",
  'SQL sleep': '1; SELECT pg_sleep(5)',
  'HTML script': '<script>alert(1)</script>',
  'HTML attribute': '"><img src=x onerror=alert(1)>',
  'only spaces': '     ',
  'empty string': '',
};
const WRONG_TYPES: Record<string, unknown> = { number: 42, null: null, array: ['a'], object: { a: 1 }, boolean: true };

interface Variant {
  name: string;
  contentType: string;
  body: string;
}

const json = (value: unknown) => ({ contentType: 'application/json', body: JSON.stringify(value) });

/** The variants every endpoint must refuse, whatever it reads. */
function transportVariants(maxBodyBytes: number): Variant[] {
  return [
    { name: 'malformed JSON', contentType: 'application/json', body: '{"email": "a@b.fr",' },
    { name: 'JSON with a trailing comma', contentType: 'application/json', body: '{"a": 1,}' },
    { name: 'oversized body', ...json({ filler: 'x'.repeat(maxBodyBytes + 1) }) },
    { name: 'unsupported media type', contentType: 'text/plain', body: 'hello' },
  ];
}

/** The variants of a body: each field wrong in every way, missing, or joined by others. */
function bodyVariants(body: Record<string, unknown>): Variant[] {
  const variants: Variant[] = [
    { name: 'empty object', ...json({}) },
    { name: 'array instead of object', ...json([body]) },
    { name: 'string instead of object', ...json('texte') },
    { name: 'null instead of object', ...json(null) },
    { name: 'extra field', ...json({ ...body, role: 'admin' }) },
    { name: 'prototype pollution', contentType: 'application/json', body: `{"__proto__": {"admin": true}, ${JSON.stringify(body).slice(1)}` },
  ];
  for (const field of Object.keys(body)) {
    const { [field]: _removed, ...withoutField } = body;
    variants.push({ name: `${field} missing`, ...json(withoutField) });
    for (const [kind, value] of Object.entries(WRONG_TYPES)) {
      if (typeof value === typeof body[field]) continue;
      variants.push({ name: `${field} as ${kind}`, ...json({ ...body, [field]: value }) });
    }
    for (const [kind, value] of Object.entries(HOSTILE_STRINGS)) {
      variants.push({ name: `${field}: ${kind}`, ...json({ ...body, [field]: value }) });
      const form = new URLSearchParams({ ...(body as Record<string, string>), [field]: value });
      variants.push({ name: `${field}: ${kind} (HTML form)`, contentType: 'application/x-www-form-urlencoded', body: form.toString() });
    }
  }
  return variants;
}

/** A few French words or accents: the message is meant for a French reader, not a stack trace. */
const FRENCH = /[éèàçêùô]|\b(le|la|les|de|des|du|un|une|votre|vos|vous|est|sont|ce|cette|ne|pas|saisissez|trop|champ)\b/i;

const MAX_BODY_BYTES = 64 * 1024;
const testApp = useTestApp();
const [principal] = demoAccounts;
let cookie = '';

async function fingerprint(): Promise<Record<string, string>> {
  const { db } = testApp;
  const result: Record<string, string> = {};
  for (const table of WATCHED_TABLES) {
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from ${sql.table(table)}`.execute(db);
    result[table] = String(rows[0]!.count);
  }
  const { rows } = await sql<{ digest: string }>`
    select md5(coalesce(string_agg(email || ':' || password_hash, ',' order by id), '')) as digest from accounts`.execute(db);
  result['accounts content'] = rows[0]!.digest;
  return result;
}

beforeAll(async () => {
  cookie = await testApp.signIn(principal!, { ip: '192.0.2.10' });
  // A confirmed step-up, so that the e-mail change reaches its own validation.
  await testApp.call('/api/account/step-up', { method: 'POST', cookie });
  const code = /: (\d{6})/.exec((await lastEmailTo(testApp.db, principal!.email))!.subject)![1]!;
  expect((await testApp.call('/api/account/step-up/verify', { method: 'POST', cookie, json: { code } })).status).toBe(200);
});

/** What is wrong with the answer to one variant, or null when it is a clean French refusal. */
async function problemWith(endpoint: WriteEndpoint, variant: Variant): Promise<string | null> {
  const before = await fingerprint();
  const response = await testApp.call(endpoint.path, {
    method: endpoint.method,
    // The API's answer; plain forms without JavaScript get an HTML page (plain-form-errors.test.ts).
    headers: { 'Content-Type': variant.contentType, Accept: 'application/json' },
    body: variant.body,
    ...(endpoint.signedIn ? { cookie } : {}),
    ip: '198.51.100.7',
  });
  const text = await response.text();
  if (response.status < 400 || response.status >= 500) return `status ${response.status}: ${text.slice(0, 200)}`;
  if (/at \w+ \(|node_modules|stack/i.test(text)) return `internals in the answer: ${text.slice(0, 200)}`;
  let error: { message?: unknown; fields?: Record<string, string> } | undefined;
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error;
  } catch {
    return `not JSON: ${text.slice(0, 200)}`;
  }
  const messages = [error?.message, ...Object.values(error?.fields ?? {})];
  const notFrench = messages.filter((message) => typeof message !== 'string' || !FRENCH.test(message));
  if (notFrench.length > 0) return `message not in French: ${JSON.stringify(notFrench)}`;
  const after = await fingerprint();
  const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
  return changed.length > 0 ? `stored something in ${changed.join(', ')}` : null;
}

describe.each(WRITE_ENDPOINTS)('$method $path', (endpoint) => {
  const variants = [...transportVariants(MAX_BODY_BYTES), ...(endpoint.body ? bodyVariants(endpoint.body) : [])];

  it(`refuses ${variants.length} hostile bodies with a French 4xx and stores nothing`, async () => {
    const problems: string[] = [];
    for (const variant of variants) {
      const problem = await problemWith(endpoint, variant);
      if (problem) problems.push(`${variant.name} → ${problem}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('after every hostile request', () => {
  it('the demo account still signs in with its own password', async () => {
    const response = await testApp.call('/api/auth/sign-in', { method: 'POST', json: { email: principal!.email, password: principal!.password }, ip: '192.0.2.11' });
    expect(response.status).toBe(200);
  });
});

describe('the table of write endpoints', () => {
  /** A route pattern of the app (`/api/requests/:id/messages`) as a test for the table's paths. */
  const patternOf = (route: string) =>
    new RegExp(`^${route.replace(/:\w+(\{[^}]+\})?/g, (_match, custom?: string) => (custom ? `(${custom.slice(1, -1)})` : '[^/]+'))}$`);

  it("holds every write route of the app, and nothing else", () => {
    const routes = createTestApp(testApp.db).app.routes.filter(
      (route) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method) && route.path.startsWith('/api/'),
    );
    const writeRoutes = [...new Set(routes.map((route) => `${route.method} ${route.path}`))];
    const covered = (method: string, route: string) =>
      WRITE_ENDPOINTS.some((endpoint) => endpoint.method === method && patternOf(route).test(endpoint.path)) ||
      NOT_IN_TABLE.some((exception) => exception.method === method && exception.route === route);
    expect(writeRoutes.filter((entry) => !covered(...(entry.split(' ') as [string, string])))).toEqual([]);
    const known = (endpoint: WriteEndpoint) => routes.some((route) => route.method === endpoint.method && patternOf(route.path).test(endpoint.path));
    expect(WRITE_ENDPOINTS.filter((endpoint) => !known(endpoint)).map((endpoint) => endpoint.path)).toEqual([]);
  });
});
