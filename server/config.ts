import type { DatabaseTarget } from '../db/index.ts';

export interface Config {
  host: string;
  port: number;
  database: DatabaseTarget;
  /** Where the built site lives; the server refuses to start without it. */
  siteDir: string;
  /** Request bodies larger than this are refused with 413. */
  maxBodyBytes: number;
  /** The address members use, for the links in e-mails (never taken from a request's Host). */
  publicUrl: string;
  /** SMTP server for e-mails; without it they go to the outbox table. */
  smtpUrl: string | null;
  /** How many reverse proxies stand in front: the client address is read that far from the right of X-Forwarded-For. */
  trustedProxies: number;
  /**
   * Demonstration mode: the fictional households and their accounts are loaded, and the outbox
   * (every e-mail, with its links and codes) is readable at /demo/courriels. Loopback only.
   */
  demoMode: boolean;
}

/** A configuration mistake: one line naming the variable, shown without a stack trace. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

export function readConfig(env: Env = process.env): Config {
  const host = readHost(env);
  const port = readInteger(env, 'PORT', 4321, 1, 65_535);
  const smtpUrl = readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  const publicUrl = readUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const demoMode = readBoolean(env, 'DEMO_MODE');
  if (demoMode) checkDemoMode(host, publicUrl, smtpUrl);
  return {
    host,
    port,
    database: readDatabase(env),
    siteDir: readNonEmpty(env, 'SITE_DIR', 'dist'),
    maxBodyBytes: readInteger(env, 'MAX_BODY_BYTES', 64 * 1024, 1024, 50 * 1024 * 1024),
    publicUrl,
    smtpUrl,
    trustedProxies: readTrustedProxies(env),
    demoMode,
  };
}

/**
 * The outbox hands its reader every activation link and code: a demonstration must be reachable
 * from this machine only, and its e-mails must stay in the outbox.
 */
function checkDemoMode(host: string, publicUrl: string, smtpUrl: string | null) {
  if (!isLoopback(host)) {
    throw new ConfigError(
      `DEMO_MODE : le mode démonstration n'écoute que sur cette machine (HOST=127.0.0.1, ::1 ou localhost ; reçu : « ${host} »). Pour servir d'autres machines, mettez DEMO_MODE=false.`,
    );
  }
  if (!isLoopback(new URL(publicUrl).hostname)) {
    throw new ConfigError(
      `DEMO_MODE : en mode démonstration, PUBLIC_URL doit désigner cette machine (127.0.0.1, [::1] ou localhost ; reçu : « ${publicUrl} »).`,
    );
  }
  if (smtpUrl) {
    throw new ConfigError('DEMO_MODE ne peut pas être activé avec SMTP_URL : en démonstration, les e-mails restent dans la boîte d’envoi.');
  }
}

/** 127.0.0.0/8, ::1 or localhost, however written (the URL parser normalises 127.1, [0::1]…). */
function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  let hostname: string;
  try {
    hostname = new URL(`http://${bare.includes(':') ? `[${bare}]` : bare}`).hostname;
  } catch {
    return false;
  }
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

function readBoolean(env: Env, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new ConfigError(`${name} doit valoir true ou false (reçu : « ${env[name]} »).`);
}

function readTrustedProxies(env: Env): number {
  const raw = env.TRUST_PROXY?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'false') return 0;
  if (!/^\d{1,2}$/.test(raw) || Number(raw) > 10) {
    throw new ConfigError(
      `TRUST_PROXY doit être le nombre de proxys inverses devant le serveur, de 0 à 10 (reçu : « ${env.TRUST_PROXY} »).`,
    );
  }
  return Number(raw);
}

/** An absolute URL with one of the protocols, without its trailing slash; null when unset. */
function readUrl(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} doit être une adresse complète, par exemple ${protocols[0]}//exemple.fr.`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} doit commencer par ${protocols.map((protocol) => `${protocol}//`).join(' ou ')}.`);
  }
  return raw.replace(/\/+$/, '');
}

function readHost(env: Env): string {
  const host = readNonEmpty(env, 'HOST', '127.0.0.1');
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) {
    throw new ConfigError(`HOST doit être un nom d'hôte ou une adresse IP (reçu : « ${host} »).`);
  }
  return host;
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} doit être un nombre entier entre ${min} et ${max} (reçu : « ${raw} »).`);
  }
  return Number(raw);
}

function readNonEmpty(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? fallback : raw;
}

function readDatabase(env: Env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: 'pglite', dataDir: readNonEmpty(env, 'DATA_DIR', '.data') };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('DATABASE_URL doit être une URL PostgreSQL, par exemple postgres://utilisateur@hôte:5432/base.');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL doit commencer par postgres:// (reçu : « ${parsed.protocol}// »).`);
  }
  return { kind: 'postgres', url };
}
