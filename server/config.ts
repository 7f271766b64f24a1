import type { DatabaseTarget } from '../db/index.ts';

export interface Config {
  host: string;
  port: number;
  database: DatabaseTarget;
  /** Where the built site lives; the server refuses to start without it. */
  siteDir: string;
  /** Requests bodies larger than this are refused with 413. */
  maxBodyBytes: number;
}

/** A configuration mistake: one line naming the variable, shown without a stack trace. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

export function readConfig(env: Env = process.env): Config {
  return {
    host: readHost(env),
    port: readInteger(env, 'PORT', 4321, 1, 65_535),
    database: readDatabase(env),
    siteDir: readNonEmpty(env, 'SITE_DIR', 'dist'),
    maxBodyBytes: readInteger(env, 'MAX_BODY_BYTES', 64 * 1024, 1024, 50 * 1024 * 1024),
  };
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
