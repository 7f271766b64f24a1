import { Hono } from 'hono';
import { COVERAGE_CATEGORIES, COVERAGE_CATEGORY_TITLES } from '../../db/schema.ts';
import { loadMemberContext } from '../auth/access.ts';
import { coverageValue, displayValue } from '../coverage/format.ts';
import type { AppEnv } from '../env.ts';
import { keptOffline } from '../middleware/offline-cache.ts';
import { requireSession } from '../middleware/session.ts';

/** GET /api/coverage: the tableau des garanties of the session's own contract. */
export const coverageRoutes = new Hono<AppEnv>().use(requireSession(), keptOffline()).get('/', async (c) => {
  const { db, session } = c.var;
  const { contractId } = await loadMemberContext(db, session.beneficiaryId);
  const [contract, lines, footnotes, links] = await Promise.all([
    db.selectFrom('contracts').select(['name', 'number']).where('id', '=', contractId).executeTakeFirstOrThrow(),
    db.selectFrom('coverage_lines').selectAll().where('contract_id', '=', contractId).orderBy('position').execute(),
    db.selectFrom('coverage_footnotes').select(['id', 'marker', 'text']).where('contract_id', '=', contractId).orderBy('id').execute(),
    db
      .selectFrom('coverage_line_footnotes')
      .innerJoin('coverage_footnotes', 'coverage_footnotes.id', 'coverage_line_footnotes.footnote_id')
      .select(['coverage_line_footnotes.coverage_line_id', 'coverage_footnotes.marker'])
      .where('coverage_footnotes.contract_id', '=', contractId)
      .orderBy('coverage_footnotes.id')
      .execute(),
  ]);

  const categories = COVERAGE_CATEGORIES.map((category) => ({
    id: category,
    title: COVERAGE_CATEGORY_TITLES[category],
    lines: lines
      .filter((line) => line.category === category)
      .map((line) => {
        const value = coverageValue(line);
        return {
          id: line.id,
          subcategory: line.subcategory,
          label: line.label,
          condition: line.condition,
          value,
          display: displayValue(value),
          note: line.note,
          footnotes: links.filter((link) => link.coverage_line_id === line.id).map((link) => link.marker),
        };
      }),
  }));

  return c.json(
    {
      contract,
      categories,
      footnotes: footnotes.map(({ marker, text }) => ({ marker, text })),
      updatedAt: new Date().toISOString(),
    },
    200,
  );
});
