import { describe, expect, it } from 'vitest';
import { dateAndTime, longDate, monthName, shortDate } from './french-dates.ts';

describe('French dates', () => {
  it('names a calendar day whatever the time zone, 29 February and 31 December included', () => {
    expect(longDate('2024-02-29')).toBe('29 février 2024');
    expect(longDate('2025-12-31')).toBe('31 décembre 2025');
    expect(shortDate('2026-01-01')).toBe('1 janv. 2026');
    expect(shortDate('2026-06-30')).toBe('30 juin 2026');
  });

  it('names a month with its year', () => {
    expect(monthName('2026-01')).toBe('janvier 2026');
    expect(monthName('2025-12')).toBe('décembre 2025');
  });

  it('shows an instant in the time zone asked for, across the change to summer time', () => {
    expect(dateAndTime('2025-03-03T13:05:00Z', 'Europe/Paris')).toBe('3 mars 2025 à 14:05');
    expect(dateAndTime('2025-03-30T01:30:00Z', 'Europe/Paris')).toBe('30 mars 2025 à 03:30');
    expect(dateAndTime('2025-12-31T23:30:00Z', 'Europe/Paris')).toBe('1 janvier 2026 à 00:30');
  });
});
