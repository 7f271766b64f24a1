import { Hono } from 'hono';
import { noticeContributionCategories } from '../../db/seed/notice/contract.ts';
import { loadMemberContext } from '../auth/access.ts';
import { contributionCategory } from '../../domain/contribution-category.ts';
import type { AppEnv } from '../env.ts';
import { requireSession } from '../middleware/session.ts';

const RELATION_LABELS = { adherent: 'Adhérent principal', conjoint: 'Conjoint', enfant: 'Enfant' } as const;

/**
 * GET /api/contract: the contract, the membership, its cotisation category (notice art. 9), the
 * state of its contributions and the people it covers. An ayant droit sees their own line and no
 * contribution: paying them is the adhérent principal's business (CGU §3).
 */
export const contractRoutes = new Hono<AppEnv>()
  .use(requireSession())
  .use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .get('/', async (c) => {
    const { db, session } = c.var;
    const member = await loadMemberContext(db, session.beneficiaryId);
    const [contract, membership, people] = await Promise.all([
      db
        .selectFrom('contracts')
        .innerJoin('insurers', 'insurers.id', 'contracts.insurer_id')
        .select(['contracts.name', 'contracts.number', 'contracts.effective_date', 'insurers.name as insurer'])
        .where('contracts.id', '=', member.contractId)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('members')
        .select(['member_number', 'affiliation_date', 'termination_date'])
        .where('id', '=', member.memberId)
        .executeTakeFirstOrThrow(),
      db.selectFrom('beneficiaries').selectAll().where('member_id', '=', member.memberId).orderBy('rang').execute(),
    ]);
    const code = contributionCategory(people.map((person) => person.relation));
    const category = noticeContributionCategories.find((candidate) => candidate.code === code)!;
    const visible = member.role === 'adherent' ? people : people.filter((person) => person.id === member.beneficiaryId);

    return c.json(
      {
        contract: { name: contract.name, number: contract.number, effectiveDate: contract.effective_date, insurer: contract.insurer },
        membership: {
          memberNumber: membership.member_number,
          affiliationDate: membership.affiliation_date,
          terminationDate: membership.termination_date,
          role: member.role,
        },
        category: { code, label: category.label, situations: category.situations },
        contributions: member.role === 'adherent' ? await contributionsOf(db, member.memberId) : null,
        beneficiaries: visible.map((person) => ({
          rang: person.rang,
          relation: RELATION_LABELS[person.relation],
          firstName: person.first_name,
          lastName: person.last_name,
          birthDate: person.birth_date,
        })),
      },
      200,
    );
  });

async function contributionsOf(db: AppEnv['Variables']['db'], memberId: number) {
  const today = new Date().toISOString().slice(0, 10);
  const calls = await db
    .selectFrom('contribution_calls')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('period', 'desc')
    .execute();
  const late = calls.filter((call) => call.paid_on === null && call.due_date < today);
  return {
    method: calls[0]?.method ?? 'payroll',
    monthlyCents: calls[0]?.amount_cents ?? 0,
    status: late.length > 0 ? ('late' as const) : ('up_to_date' as const),
    lateCents: late.reduce((sum, call) => sum + call.amount_cents, 0),
    late: late.map((call) => ({ period: call.period, amountCents: call.amount_cents, dueDate: call.due_date })),
    recent: calls.slice(0, 6).map((call) => ({ period: call.period, amountCents: call.amount_cents, dueDate: call.due_date, paidOn: call.paid_on })),
  };
}
