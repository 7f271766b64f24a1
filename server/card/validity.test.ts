import { describe, expect, it } from 'vitest';
import { cardValidity, frenchDate, parisDate } from './validity.ts';

const open = { affiliationDate: '2025-01-01', terminationDate: null, contractEndDate: null };

describe('the validity of the card', () => {
  it('covers the civil year of today', () => {
    expect(cardValidity(open, '2026-06-15')).toEqual({ from: '2026-01-01', to: '2026-12-31', status: 'valid' });
  });

  it('starts on the affiliation date when it falls within the year', () => {
    expect(cardValidity({ ...open, affiliationDate: '2026-03-01' }, '2026-06-15')).toMatchObject({ from: '2026-03-01', to: '2026-12-31' });
  });

  it('turns to expiring 30 days before its end, not 31', () => {
    expect(cardValidity(open, '2026-11-30').status).toBe('valid');
    expect(cardValidity(open, '2026-12-01').status).toBe('expiring');
    expect(cardValidity(open, '2026-12-31').status).toBe('expiring');
  });

  it('ends on the termination date of a membership that is ending', () => {
    const ending = { ...open, terminationDate: '2026-07-31' };
    expect(cardValidity(ending, '2026-06-15')).toEqual({ from: '2026-01-01', to: '2026-07-31', status: 'valid' });
    expect(cardValidity(ending, '2026-07-10').status).toBe('expiring');
    expect(cardValidity(ending, '2026-07-31').status).toBe('expiring');
  });

  it('is expired the day after the termination, and stays the card of that year', () => {
    const ended = { ...open, terminationDate: '2026-07-31' };
    expect(cardValidity(ended, '2026-08-01')).toEqual({ from: '2026-01-01', to: '2026-07-31', status: 'expired' });
    expect(cardValidity(ended, '2027-02-01')).toEqual({ from: '2026-01-01', to: '2026-07-31', status: 'expired' });
  });

  it('ends with the contract when the contract ends first', () => {
    const contractEnds = { ...open, terminationDate: '2026-10-31', contractEndDate: '2026-09-30' };
    expect(cardValidity(contractEnds, '2026-10-01')).toEqual({ from: '2026-01-01', to: '2026-09-30', status: 'expired' });
  });
});

describe('dates', () => {
  it('prints them the French way', () => {
    expect(frenchDate('2026-01-05')).toBe('05/01/2026');
  });

  it('takes today in Paris, where midnight comes before UTC', () => {
    expect(parisDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(parisDate(new Date('2026-06-15T12:00:00Z'))).toBe('2026-06-15');
  });
});
