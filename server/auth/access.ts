import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The adhérent principal manages the contract; an ayant droit only sees their own part of it. */
export type Role = 'adherent' | 'ayant_droit';

/**
 * What the account may do as time passes after the end of the contract or of the membership:
 * everything while covered, read only for 6 months after the end, then documents only for
 * 5 years, then nothing.
 */
export type AccessPhase = 'full' | 'read_only' | 'documents_only' | 'closed';

export interface MemberContext {
  beneficiaryId: number;
  memberId: number;
  contractId: number;
  role: Role;
  firstName: string;
  lastName: string;
  memberNumber: string;
  phase: AccessPhase;
}

export async function loadMemberContext(
  db: Kysely<Database>,
  beneficiaryId: number,
  today = new Date(),
): Promise<MemberContext> {
  const row = await db
    .selectFrom('beneficiaries')
    .innerJoin('members', 'members.id', 'beneficiaries.member_id')
    .innerJoin('contracts', 'contracts.id', 'members.contract_id')
    .select([
      'beneficiaries.id',
      'beneficiaries.relation',
      'beneficiaries.first_name',
      'beneficiaries.last_name',
      'members.id as member_id',
      'members.member_number',
      'members.termination_date',
      'members.contract_id',
      'contracts.end_date',
    ])
    .where('beneficiaries.id', '=', beneficiaryId)
    .executeTakeFirstOrThrow();
  return {
    beneficiaryId: row.id,
    memberId: row.member_id,
    contractId: row.contract_id,
    role: row.relation === 'adherent' ? 'adherent' : 'ayant_droit',
    firstName: row.first_name,
    lastName: row.last_name,
    memberNumber: row.member_number,
    phase: accessPhase(earliest(row.termination_date, row.end_date), today),
  };
}

export function accessPhase(coverageEnd: string | null, today: Date): AccessPhase {
  if (coverageEnd === null) return 'full';
  const end = new Date(`${coverageEnd}T23:59:59.999Z`);
  if (today <= end) return 'full';
  if (today <= addMonths(end, 6)) return 'read_only';
  if (today <= addMonths(end, 60)) return 'documents_only';
  return 'closed';
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
