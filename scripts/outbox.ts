import { DataDirLockedError, lockDataDir } from '../db/data-dir-lock.ts';
import { openDatabase } from '../db/index.ts';
import { ConfigError, readConfig } from '../server/config.ts';

/**
 * Prints the latest e-mails of the outbox (demonstration without SMTP). With the embedded
 * database, stop the server first: PGlite opens in one process at a time.
 */
try {
  const config = readConfig();
  if (config.database.kind === 'pglite' && config.database.dataDir) await lockDataDir(config.database.dataDir);
  const db = await openDatabase(config.database);
  const messages = await db
    .selectFrom('outbox')
    .select(['recipient', 'subject', 'text_body', 'created_at'])
    .orderBy('id', 'desc')
    .limit(Number(process.argv[2] ?? 5))
    .execute();
  await db.destroy();
  if (messages.length === 0) console.log("Aucun e-mail dans la boîte d'envoi.");
  for (const message of messages.reverse()) {
    console.log(`\n— ${message.created_at.toLocaleString('fr-FR')} — à ${message.recipient}\nObjet : ${message.subject}\n\n${message.text_body}`);
  }
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error('DATA_DIR : le serveur a la base ouverte. Lisez les e-mails à /demo/courriels, ou arrêtez-le d’abord.');
  } else {
    console.error(error instanceof ConfigError ? error.message : `Lecture impossible : ${(error as Error).message}`);
  }
  process.exit(1);
}
