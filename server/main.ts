import { serve } from '@hono/node-server';
import type { Kysely } from 'kysely';
import { DatabaseUnreachableError, openDatabase } from '../db/index.ts';
import { DataDirLockedError, lockDataDir } from '../db/data-dir-lock.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import { demoAccounts } from '../db/seed/demo-accounts.ts';
import { type Seeded, seedIfEmpty } from '../db/seed/index.ts';
import { createApp } from './app.ts';
import { ConfigError, readConfig } from './config.ts';
import { createMailer } from './mail/mailer.ts';
import { loadStaticSite } from './static-site.ts';

/** A start-up failure the person running the server can fix: printed as one line, exit code 1. */
class StartupError extends Error {}

async function start() {
  const config = readConfig();
  const site = await loadStaticSite(config.siteDir).catch(() => {
    throw new StartupError(`SITE_DIR : aucun site construit dans « ${config.siteDir} ». Lancez d'abord npm run build.`);
  });
  if (config.database.kind === 'pglite' && config.database.dataDir) await holdDataDir(config.database.dataDir);
  const db = await openDatabase(config.database).catch((error: unknown) => {
    if (!(error instanceof DatabaseUnreachableError)) throw error;
    const variable = config.database.kind === 'postgres' ? 'DATABASE_URL' : 'DATA_DIR';
    throw new StartupError(`${variable} : impossible d'ouvrir la base de données ${error.message} (${causeOf(error)}).`);
  });
  const applied = await migrateToLatest(db);
  const seeded = await seedIfEmpty(db, { demo: config.demoMode });

  const app = createApp({
    db,
    mailer: createMailer(db, config.smtpUrl),
    maxBodyBytes: config.maxBodyBytes,
    publicUrl: config.publicUrl,
    trustedProxies: config.trustedProxies,
    demoMode: config.demoMode,
    site,
  });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port });
  server.once('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? 'le port est déjà utilisé' : error.message;
    console.error(`PORT : impossible d'écouter sur ${config.host}:${config.port} (${reason}).`);
    process.exit(1);
  });
  server.once('listening', () => printWelcome(config, applied, seeded));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} reçu : arrêt propre…`);
    server.close(() => void closeDatabase(db).then(() => process.exit(0)));
    // Keep-alive connections may hold close() open; never hang a Ctrl-C for long.
    setTimeout(() => void closeDatabase(db).then(() => process.exit(0)), 3_000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/** One process per embedded database: a second server on the same folder stops before opening it. */
async function holdDataDir(dataDir: string) {
  await lockDataDir(dataDir).catch((error: unknown) => {
    if (!(error instanceof DataDirLockedError)) throw error;
    throw new StartupError(`DATA_DIR : la base « ${dataDir} » est déjà ouverte par un autre processus (un autre npm start ?). Arrêtez-le, ou donnez un autre DATA_DIR à ce serveur.`);
  });
}

let closing: Promise<void> | undefined;
function closeDatabase(db: Kysely<Database>): Promise<void> {
  closing ??= db.destroy().catch(() => {});
  return closing;
}

function printWelcome(config: ReturnType<typeof readConfig>, applied: string[], seeded: Seeded) {
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const database =
    config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite intégré (${config.database.dataDir})`;
  console.log(`Espace adhérent : http://${host}:${config.port}`);
  console.log(`Base de données : ${database}`);
  if (applied.length > 0) console.log(`Migrations appliquées : ${applied.join(', ')}`);
  if (seeded.reference) console.log('Données de la notice chargées (garanties, organismes, établissements, contacts).');
  if (seeded.demo) console.log('Foyers de démonstration chargés (personnes fictives).');
  if (config.demoMode) {
    console.log('Mode démonstration. Comptes de démonstration (personnes fictives) :');
    for (const account of demoAccounts) {
      console.log(`  ${account.label} : ${account.email} / ${account.password}`);
    }
    console.log(`E-mails envoyés (démonstration) : http://${host}:${config.port}/demo/courriels`);
  }
  console.log('Ctrl-C pour arrêter.');
}

function causeOf(error: Error): string {
  const cause = error.cause;
  if (cause instanceof AggregateError) return cause.errors.map((inner) => String(inner.message ?? inner)).join(' ; ');
  return cause instanceof Error ? cause.message : String(cause);
}

start().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(error.message);
  } else {
    console.error('Démarrage impossible :', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
