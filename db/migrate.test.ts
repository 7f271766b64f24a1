import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.ts';
import { seedIfEmpty } from './seed/index.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('migrations and seed', () => {
  it('apply nothing the second time', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('seed only an empty database', async () => {
    const before = await database.db.selectFrom('beneficiaries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(await seedIfEmpty(database.db, { demo: true })).toEqual({ reference: false, demo: false });
    const after = await database.db.selectFrom('beneficiaries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(typeof after.n).toBe('number');
  });

  it('keep calendar dates as ISO strings on every driver', async () => {
    const contract = await database.db.selectFrom('contracts').select('effective_date').executeTakeFirstOrThrow();
    expect(contract.effective_date).toBe('2025-01-01');
  });

  it('refuse a coverage line whose value does not match its kind', async () => {
    const contract = await database.db.selectFrom('contracts').select('id').executeTakeFirstOrThrow();
    await expect(
      database.db
        .insertInto('coverage_lines')
        .values({
          contract_id: contract.id,
          position: 9999,
          category: 'optique',
          subcategory: null,
          label: 'Ligne incohérente',
          condition: null,
          value_kind: 'not_covered',
          rate_percent: 100,
          amount_cents: null,
          unit: null,
          limit_count: null,
          limit_years: null,
          note: null,
        })
        .execute(),
    ).rejects.toThrow(/coverage_lines_value_matches_kind/);
  });
});
