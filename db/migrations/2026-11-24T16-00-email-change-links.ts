import { type Kysely, sql } from 'kysely';

/** A new sign-in address takes effect only once a link sent to it has been opened. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table auth_tokens drop constraint auth_tokens_purpose_check`.execute(db);
  await sql`alter table auth_tokens add constraint auth_tokens_purpose_check
    check (purpose in ('activation', 'password_reset', 'email_change'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from auth_tokens where purpose = 'email_change'`.execute(db);
  await sql`alter table auth_tokens drop constraint auth_tokens_purpose_check`.execute(db);
  await sql`alter table auth_tokens add constraint auth_tokens_purpose_check
    check (purpose in ('activation', 'password_reset'))`.execute(db);
}
