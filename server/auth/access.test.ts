import { describe, expect, it } from 'vitest';
import { accessPhase } from './access.ts';

describe('access after the end of the coverage', () => {
  const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

  it.each([
    [null, '2030-01-01', 'full'],
    ['2025-06-30', '2025-06-30', 'full'],
    ['2025-06-30', '2025-07-01', 'read_only'],
    ['2025-06-30', '2025-12-30', 'read_only'],
    ['2025-06-30', '2026-01-01', 'documents_only'],
    ['2025-06-30', '2030-06-30', 'documents_only'],
    ['2025-06-30', '2030-07-01', 'closed'],
  ] as const)('ended %s, on %s: %s', (end, today, phase) => {
    expect(accessPhase(end, at(today))).toBe(phase);
  });
});
