import { describe, expect, it } from 'vitest';
import { filterFromQuery, queryOf } from './filter.ts';

describe('the reimbursements filter in the address', () => {
  it('reads the three fields a plain form sends, ignoring empty and unknown ones', () => {
    expect(filterFromQuery('?du=2026-01-01&au=&beneficiaire=3&tri=montant')).toEqual({ du: '2026-01-01', beneficiaire: '3' });
    expect(filterFromQuery('')).toEqual({});
  });

  it('writes them back in a stable order, nothing for the default filter', () => {
    expect(queryOf({ beneficiaire: '3', au: '2026-06-30', du: '2026-01-01' })).toBe('?du=2026-01-01&au=2026-06-30&beneficiaire=3');
    expect(queryOf({ du: '' })).toBe('');
    expect(queryOf(filterFromQuery('?au=2026-06-30'))).toBe('?au=2026-06-30');
  });
});
