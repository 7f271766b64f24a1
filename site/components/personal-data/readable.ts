/** A value of the JSON export as a person reads it: text, a list, or named entries (as in the file). */
export type Readable = { kind: 'text'; text: string } | { kind: 'list'; items: unknown[] } | { kind: 'entries'; entries: [string, unknown][] };

export function readable(value: unknown): Readable {
  if (value === null || value === undefined || value === '') return { kind: 'text', text: '—' };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'oui' : 'non' };
  if (Array.isArray(value)) return value.length === 0 ? { kind: 'text', text: 'aucun' } : { kind: 'list', items: value };
  if (typeof value === 'object') return { kind: 'entries', entries: Object.entries(value) };
  return { kind: 'text', text: String(value) };
}
