/**
 * The filter of « Mes remboursements », as the address keeps it (`?du=…&au=…&beneficiaire=…`,
 * the names the plain form sends and the API reads). Empty fields are left out.
 */
export interface ReimbursementFilter {
  du?: string;
  au?: string;
  beneficiaire?: string;
}

const NAMES = ['du', 'au', 'beneficiaire'] as const;

export function filterFromQuery(search: string): ReimbursementFilter {
  const query = new URLSearchParams(search);
  const filter: ReimbursementFilter = {};
  for (const name of NAMES) {
    const value = query.get(name)?.trim();
    if (value) filter[name] = value;
  }
  return filter;
}

/** "?du=2026-01-01&beneficiaire=3", or "" for the default filter. */
export function queryOf(filter: ReimbursementFilter): string {
  const query = new URLSearchParams();
  for (const name of NAMES) {
    const value = filter[name];
    if (value) query.set(name, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
