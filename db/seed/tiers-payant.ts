import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

// The notice does not list the tiers-payant domains: the ones open here are a demonstration setting.
const demoDomains = [
  { code: 'PHAR', label: 'Pharmacie' },
  { code: 'LABO', label: "Laboratoires d'analyses" },
  { code: 'RADL', label: 'Radiologie' },
  { code: 'AUXM', label: 'Auxiliaires médicaux' },
  { code: 'HOSP', label: 'Hospitalisation' },
  { code: 'DENT', label: 'Dentaire' },
  { code: 'OPTI', label: 'Optique' },
  { code: 'AUDI', label: 'Audioprothèse' },
];

export async function seedTiersPayantDomains(db: Kysely<Database> | Transaction<Database>, contractId: number): Promise<void> {
  await db
    .insertInto('tiers_payant_domains')
    .values(demoDomains.map((domain, index) => ({ contract_id: contractId, position: index + 1, ...domain })))
    .execute();
}
