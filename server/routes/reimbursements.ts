import { Hono } from 'hono';
import { z } from 'zod';
import { loadMemberContext } from '../auth/access.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from '../errors.ts';
import { requireSession } from '../middleware/session.ts';
import { reimbursementsCsv } from '../reimbursements/csv.ts';
import { visibleBeneficiaries } from '../auth/visible-beneficiaries.ts';
import { listReimbursements, type ReimbursementRow, totalsOf } from '../reimbursements/query.ts';
import { statementPdf } from '../reimbursements/statement-pdf.ts';
import { IMPOSSIBLE_DATE, isCalendarMonth, isoDateField, validQuery } from '../validation.ts';

const DAY_MS = 24 * 3600 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const filterQuery = z
  .strictObject({
    du: isoDateField('Indiquez la date de début au format AAAA-MM-JJ.').optional(),
    au: isoDateField('Indiquez la date de fin au format AAAA-MM-JJ.').optional(),
    beneficiaire: z.coerce
      .number({ error: 'Choisissez un bénéficiaire de la liste.' })
      .int({ error: 'Choisissez un bénéficiaire de la liste.' })
      .min(1, { error: 'Choisissez un bénéficiaire de la liste.' })
      .max(99, { error: 'Choisissez un bénéficiaire de la liste.' })
      .optional(),
  })
  .refine((query) => !query.du || !query.au || query.du <= query.au, {
    error: 'La date de début doit précéder la date de fin.',
    path: ['du'],
  });

const usageQuery = z.strictObject({
  beneficiaire: z.coerce.number({ error: 'Choisissez un bénéficiaire.' }).int().min(1).max(99),
});

/** The period asked, by default the last twelve months. */
function periodOf(query: { du?: string | undefined; au?: string | undefined }) {
  const to = query.au ?? isoDay(new Date());
  const from = query.du ?? isoDay(new Date(Date.parse(to) - 365 * DAY_MS));
  return { from, to };
}

type FilterQuery = z.output<typeof filterQuery>;

/** The payments a query asks for, or null when it names a beneficiary the person may not see. */
async function selectionFor(db: AppEnv['Variables']['db'], beneficiaryId: number, query: FilterQuery) {
  const beneficiaries = await visibleBeneficiaries(db, await loadMemberContext(db, beneficiaryId));
  if (query.beneficiaire !== undefined && !beneficiaries.some((person) => person.rang === query.beneficiaire)) return null;
  const period = periodOf(query);
  const rows = await listReimbursements(db, beneficiaries, { ...period, rang: query.beneficiaire });
  return { beneficiaries, period, rows };
}

const NOT_YOURS = 'Vous ne pouvez pas consulter les remboursements de ce bénéficiaire.';

/**
 * The member's reimbursements: the list with filters, a CSV export, monthly statements as PDF,
 * and what a beneficiary already used of each coverage line (for the simulator). The adhérent
 * principal sees the household, an ayant droit only their own.
 */
export const reimbursementRoutes = new Hono<AppEnv>()
  .use(requireSession())
  .use(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  })
  .get('/', validQuery(filterQuery), async (c) => {
    const selection = await selectionFor(c.var.db, c.var.session.beneficiaryId, c.req.valid('query'));
    if (!selection) return apiError(c, 403, 'forbidden', NOT_YOURS);
    const { beneficiaries, period, rows } = selection;
    return c.json(
      {
        period,
        beneficiaries: beneficiaries.map(({ rang, firstName, lastName }) => ({ rang, firstName, lastName })),
        reimbursements: rows,
        totals: totalsOf(rows),
      },
      200,
    );
  })
  .get('/export.csv', validQuery(filterQuery), async (c) => {
    const selection = await selectionFor(c.var.db, c.var.session.beneficiaryId, c.req.valid('query'));
    if (!selection) return apiError(c, 403, 'forbidden', NOT_YOURS);
    const { period, rows } = selection;
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="remboursements-${period.from}-${period.to}.csv"`);
    return c.body(reimbursementsCsv(rows), 200);
  })
  .get('/statements', async (c) => {
    const { db, session } = c.var;
    const member = await loadMemberContext(db, session.beneficiaryId);
    const beneficiaries = await visibleBeneficiaries(db, member);
    const rows = await listReimbursements(db, beneficiaries, { from: '1900-01-01', to: isoDay(new Date()) });
    const months = new Map<string, ReimbursementRow[]>();
    for (const row of rows) {
      const month = row.paymentDate.slice(0, 7);
      months.set(month, [...(months.get(month) ?? []), row]);
    }
    // Each download states its size: the statements are made here to be measured.
    const statements = await Promise.all(
      [...months].map(async ([month, payments]) => ({
        month,
        payments: payments.length,
        contractCents: totalsOf(payments).contractCents,
        bytes: (await statementPdf(month, member.memberNumber, payments.toReversed())).length,
      })),
    );
    return c.json({ statements }, 200);
  })
  .get('/statements/:month{[0-9]{4}-[0-9]{2}}', async (c) => {
    const { db, session } = c.var;
    const month = c.req.param('month');
    if (!isCalendarMonth(month)) return apiError(c, 400, 'invalid_input', IMPOSSIBLE_DATE, { month: IMPOSSIBLE_DATE });
    const monthNumber = Number(month.slice(5));
    const member = await loadMemberContext(db, session.beneficiaryId);
    const beneficiaries = await visibleBeneficiaries(db, member);
    const lastDay = isoDay(new Date(Date.UTC(Number(month.slice(0, 4)), monthNumber, 0)));
    const rows = await listReimbursements(db, beneficiaries, { from: `${month}-01`, to: lastDay });
    if (rows.length === 0) return apiError(c, 404, 'not_found', "Aucun paiement ce mois-là : il n'y a pas de relevé.");
    c.header('Content-Type', 'application/pdf');
    c.header('Content-Disposition', `attachment; filename="releve-de-prestations-${month}.pdf"`);
    return c.body(await statementPdf(month, member.memberNumber, rows.toReversed()), 200);
  })
  .get('/usage', validQuery(usageQuery), async (c) => {
    const { db, session } = c.var;
    const { beneficiaire } = c.req.valid('query');
    const beneficiaries = await visibleBeneficiaries(db, await loadMemberContext(db, session.beneficiaryId));
    const person = beneficiaries.find((candidate) => candidate.rang === beneficiaire);
    if (!person) return apiError(c, 403, 'forbidden', NOT_YOURS);
    const rows = await db
      .selectFrom('reimbursements')
      .innerJoin('coverage_lines', 'coverage_lines.id', 'reimbursements.coverage_line_id')
      .select(['coverage_line_id', 'care_date', 'units', 'contract_cents', 'coverage_lines.limit_years'])
      .where('beneficiary_id', '=', person.id)
      .execute();
    const today = new Date();
    const thisYear = String(today.getUTCFullYear());
    const usage = new Map<number, { coverageLineId: number; units: number; amountCents: number }>();
    for (const row of rows) {
      const entry = usage.get(row.coverage_line_id) ?? { coverageLineId: row.coverage_line_id, units: 0, amountCents: 0 };
      // A limit counts over its own number of years; a yearly allowance over the civil year.
      const windowStart = isoDay(new Date(Date.UTC(today.getUTCFullYear() - (row.limit_years ?? 1), today.getUTCMonth(), today.getUTCDate())));
      if (row.limit_years !== null ? row.care_date > windowStart : row.care_date.startsWith(thisYear)) entry.units += row.units;
      if (row.care_date.startsWith(thisYear)) entry.amountCents += row.contract_cents;
      usage.set(row.coverage_line_id, entry);
    }
    return c.json({ beneficiary: beneficiaire, year: Number(thisYear), usage: [...usage.values()] }, 200);
  });
