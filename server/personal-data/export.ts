import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SessionInfo } from '../auth/sessions.ts';
import { maskedIban } from '../checks/iban.ts';
import { maskedNir } from '../checks/nir.ts';
import { REQUEST_TYPES, type RequestType } from '../../domain/request-types.ts';

interface Section {
  /** Key in the JSON export. */
  key: string;
  /** Heading on the readable page. */
  title: string;
  load(db: Kysely<Database>, session: SessionInfo): Promise<unknown>;
}

/**
 * Everything the service keeps about the signed-in person, one section per kind of data. A new
 * table holding personal data adds its section here, so the export never falls behind.
 */
const SECTIONS: Section[] = [
  {
    key: 'compte',
    title: 'Compte',
    load: async (db, session) =>
      db.selectFrom('accounts').select(['email', 'created_at as creeLe']).where('id', '=', session.accountId).executeTakeFirst(),
  },
  {
    key: 'identite',
    title: 'Identité et adhésion',
    load: async (db, session) =>
      db
        .selectFrom('beneficiaries')
        .innerJoin('members', 'members.id', 'beneficiaries.member_id')
        .select([
          'beneficiaries.last_name as nom',
          'beneficiaries.first_name as prenom',
          'beneficiaries.birth_date as dateDeNaissance',
          'beneficiaries.relation as qualite',
          'beneficiaries.rang',
          'members.member_number as numeroAdherent',
          'members.affiliation_date as dateAdhesion',
        ])
        .where('beneficiaries.id', '=', session.beneficiaryId)
        .executeTakeFirst(),
  },
  {
    key: 'coordonnees',
    title: 'Coordonnées et préférences',
    load: async (db, session) => {
      const row = await db
        .selectFrom('profiles')
        .select([
          'postal_address as adresse',
          'phone as telephone',
          'nir as numeroSecuriteSociale',
          'affiliation_fund as caisse',
          'documents_channel as documents',
          'magazine',
        ])
        .where('beneficiary_id', '=', session.beneficiaryId)
        .executeTakeFirst();
      // Whole only after an e-mailed code: a session left open must not hand it out.
      const whole = session.stepUpUntil !== null && session.stepUpUntil > new Date();
      return row && { ...row, numeroSecuriteSociale: row.numeroSecuriteSociale && (whole ? row.numeroSecuriteSociale : maskedNir(row.numeroSecuriteSociale)) };
    },
  },
  {
    key: 'coordonneesBancaires',
    title: 'Coordonnées bancaires',
    load: async (db, session) => {
      const row = await db
        .selectFrom('bank_accounts')
        .innerJoin('beneficiaries', 'beneficiaries.member_id', 'bank_accounts.member_id')
        .select('bank_accounts.iban')
        .where('beneficiaries.id', '=', session.beneficiaryId)
        .where('beneficiaries.relation', '=', 'adherent')
        .executeTakeFirst();
      // Masked even here: the full number is on the person's own bank documents.
      return row ? { iban: maskedIban(row.iban) } : null;
    },
  },
  {
    key: 'affichage',
    title: "Réglages d'affichage",
    load: async (db, session) =>
      db
        .selectFrom('display_preferences')
        .select(['contrast as contraste', 'theme', 'font as police', 'motion as animations', 'text_size as tailleDuTexte'])
        .where('account_id', '=', session.accountId)
        .executeTakeFirst(),
  },
  {
    key: 'conditionsAcceptees',
    title: "Conditions d'utilisation acceptées",
    load: async (db, session) =>
      db.selectFrom('cgu_acceptances').select(['version', 'accepted_at as le']).where('account_id', '=', session.accountId).execute(),
  },
  {
    key: 'appareilsConnectes',
    title: 'Appareils connectés',
    load: async (db, session) =>
      db
        .selectFrom('sessions')
        .select(['device as appareil', 'created_at as connexion', 'last_seen_at as derniereActivite'])
        .where('account_id', '=', session.accountId)
        .execute(),
  },
  {
    key: 'remboursements',
    title: 'Remboursements',
    load: async (db, session) =>
      db
        .selectFrom('reimbursements')
        .select([
          'care_date as dateDesSoins',
          'care_label as soin',
          'price_cents as depenseCentimes',
          'social_security_cents as securiteSocialeCentimes',
          'contract_cents as contratCentimes',
          'remaining_cents as resteAChargeCentimes',
          'payment_date as datePaiement',
        ])
        .where('beneficiary_id', '=', session.beneficiaryId)
        .orderBy('care_date')
        .execute(),
  },
  {
    key: 'demandes',
    title: 'Demandes',
    load: async (db, session) => {
      const requests = await db.selectFrom('requests').selectAll().where('beneficiary_id', '=', session.beneficiaryId).orderBy('id').execute();
      return Promise.all(
        requests.map(async (request) => ({
          type: REQUEST_TYPES[request.type as RequestType]?.label ?? request.type,
          objet: request.subject,
          le: request.created_at,
          messages: await db.selectFrom('request_messages').select(['author as auteur', 'body as texte', 'at as le']).where('request_id', '=', request.id).execute(),
          justificatifs: await db.selectFrom('request_attachments').select(['file_name as fichier', 'size_bytes as octets']).where('request_id', '=', request.id).execute(),
        })),
      );
    },
  },
  {
    key: 'journal',
    title: 'Journal des opérations sur le compte',
    load: async (db, session) =>
      db.selectFrom('audit_log').select(['action', 'created_at as le']).where('account_id', '=', session.accountId).orderBy('id').execute(),
  },
];

export async function personalDataExport(db: Kysely<Database>, session: SessionInfo) {
  const sections = await Promise.all(SECTIONS.map(async (section) => ({ key: section.key, title: section.title, data: (await section.load(db, session)) ?? null })));
  return { exporteLe: new Date().toISOString(), sections };
}
