import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { dataMatrixSvg, type StandardBlockFields } from './datamatrix.ts';
import { type CardStatus, cardValidity, frenchDate, parisDate } from './validity.ts';

/** The carte mutualiste (tiers-payant card) of a signed-in person, as the API gives it. */
export interface Card {
  status: CardStatus;
  validity: { from: string; to: string };
  /** The block professionals read first, in its usual order; the DataMatrix repeats it. */
  standardBlock: { validity: string; amcNumber: string; conventionType: string; csr: string; memberNumber: string };
  insurer: { name: string; professionalAddress: string; professionalPhone: string };
  contract: { name: string; number: string; responsable: boolean };
  beneficiaries: { lastName: string; firstName: string; birthDate: string; rang: number }[];
  tiersPayant: { code: string; label: string }[];
  dataMatrixSvg: string;
  updatedAt: string;
}

/**
 * The card of the person's own membership. The insurer is the one managing the member's
 * establishment (Annexe 3), not the contract's carrier. An ayant droit's card lists only themself.
 */
export async function loadCard(db: Kysely<Database>, beneficiaryId: number, now = new Date()): Promise<Card> {
  const membership = await db
    .selectFrom('beneficiaries')
    .innerJoin('members', 'members.id', 'beneficiaries.member_id')
    .innerJoin('contracts', 'contracts.id', 'members.contract_id')
    .innerJoin('establishments', 'establishments.id', 'members.establishment_id')
    .innerJoin('insurers', 'insurers.id', 'establishments.insurer_id')
    .select([
      'beneficiaries.relation',
      'members.id as member_id',
      'members.member_number',
      'members.affiliation_date',
      'members.termination_date',
      'members.contract_id',
      'contracts.name as contract_name',
      'contracts.number as contract_number',
      'contracts.responsable',
      'contracts.end_date',
      'insurers.name as insurer_name',
      'insurers.amc_number',
      'insurers.convention_type',
      'insurers.csr',
      'insurers.correspondence_address',
      'insurers.professional_phone',
    ])
    .where('beneficiaries.id', '=', beneficiaryId)
    .executeTakeFirstOrThrow();

  let beneficiaries = db
    .selectFrom('beneficiaries')
    .select(['last_name', 'first_name', 'birth_date', 'rang'])
    .where('member_id', '=', membership.member_id)
    .orderBy('rang');
  if (membership.relation !== 'adherent') beneficiaries = beneficiaries.where('id', '=', beneficiaryId);
  const [people, tiersPayant] = await Promise.all([
    beneficiaries.execute(),
    db
      .selectFrom('tiers_payant_domains')
      .select(['code', 'label'])
      .where('contract_id', '=', membership.contract_id)
      .orderBy('position')
      .execute(),
  ]);

  const { status, ...validity } = cardValidity(
    {
      affiliationDate: membership.affiliation_date,
      terminationDate: membership.termination_date,
      contractEndDate: membership.end_date,
    },
    parisDate(now),
  );
  const blockFields: StandardBlockFields = {
    validity,
    amcNumber: membership.amc_number,
    conventionType: membership.convention_type,
    csr: membership.csr,
    memberNumber: membership.member_number,
  };
  return {
    status,
    validity,
    standardBlock: { ...blockFields, validity: `${frenchDate(validity.from)} au ${frenchDate(validity.to)}` },
    insurer: {
      name: membership.insurer_name,
      professionalAddress: membership.correspondence_address,
      professionalPhone: membership.professional_phone,
    },
    contract: { name: membership.contract_name, number: membership.contract_number, responsable: membership.responsable },
    beneficiaries: people.map((person) => ({
      lastName: person.last_name,
      firstName: person.first_name,
      birthDate: person.birth_date,
      rang: person.rang,
    })),
    tiersPayant,
    dataMatrixSvg: dataMatrixSvg(blockFields),
    updatedAt: now.toISOString(),
  };
}
