import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { MemberContext } from './access.ts';

export interface VisibleBeneficiary {
  id: number;
  rang: number;
  firstName: string;
  lastName: string;
}

/**
 * Whose reimbursements the person may see: the adhérent principal sees the whole household, an
 * ayant droit only their own (CGU §3).
 */
export async function visibleBeneficiaries(db: Kysely<Database>, member: MemberContext): Promise<VisibleBeneficiary[]> {
  let query = db
    .selectFrom('beneficiaries')
    .select(['id', 'rang', 'first_name as firstName', 'last_name as lastName'])
    .where('member_id', '=', member.memberId);
  if (member.role !== 'adherent') query = query.where('id', '=', member.beneficiaryId);
  return query.orderBy('rang').execute();
}
