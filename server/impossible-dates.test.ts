import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../db/seed/demo-accounts.ts';
import { calendarDate, isCalendarDate } from './checks/calendar-date.ts';
import { useTestApp } from './testing.ts';

/**
 * Days the calendar does not have, or that fall outside the years the service deals with: every
 * date a person can type or put in an address must be refused with a French 400, never reach a
 * query (the database refuses year 0 with a 500).
 */
const IMPOSSIBLE_DAYS = [
  '0000-01-01',
  '1990-02-31',
  '2025-02-29',
  '1900-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '1899-12-31',
  '2101-01-01',
  '9999-12-31',
];
const IMPOSSIBLE_MONTHS = ['0000-01', '2026-13', '2026-00', '1899-12', '9999-01'];

const testApp = useTestApp();
let cookie = '';
beforeAll(async () => {
  cookie = await testApp.signIn(demoAccounts[0]!);
});

interface DateInput {
  name: string;
  send(day: string): Response | Promise<Response>;
}

const [year, month, day] = [0, 1, 2];
const partsOf = (iso: string) => iso.split('-').map((part) => String(Number(part)));

const DATE_INPUTS: DateInput[] = [
  {
    name: 'date of birth at activation (three fields)',
    send: (iso) =>
      testApp.call('/api/auth/activation', {
        method: 'POST',
        json: {
          memberNumber: '990012345',
          birthDay: partsOf(iso)[day],
          birthMonth: partsOf(iso)[month],
          birthYear: partsOf(iso)[year]!.padStart(4, '0'),
          email: 'personne@exemple.fr',
        },
      }),
  },
  { name: 'start of the reimbursements period', send: (iso) => testApp.call(`/api/reimbursements?du=${iso}`, { cookie }) },
  { name: 'end of the reimbursements period', send: (iso) => testApp.call(`/api/reimbursements?au=${iso}`, { cookie }) },
  { name: 'start of the CSV export period', send: (iso) => testApp.call(`/api/reimbursements/export.csv?du=${iso}`, { cookie }) },
  { name: 'end of the CSV export period', send: (iso) => testApp.call(`/api/reimbursements/export.csv?au=${iso}`, { cookie }) },
  {
    name: 'date of a display settings change',
    send: (iso) =>
      testApp.call('/api/preferences/display', {
        method: 'PUT',
        cookie,
        json: { contrast: 'high', theme: 'dark', font: 'standard', motion: 'system', textSize: 100, updatedAt: `${iso}T10:00:00Z` },
      }),
  },
];

async function expectFrenchRefusal(response: Response, what: string) {
  const text = await response.text();
  expect(response.status, `${what}: ${text.slice(0, 200)}`).toBe(400);
  const { error } = JSON.parse(text) as { error: { message: string; fields?: Record<string, string> } };
  expect([error.message, ...Object.values(error.fields ?? {})].join(' '), what).toMatch(/date|jour|mois|année/i);
}

describe.each(DATE_INPUTS)('$name', (input) => {
  it.each(IMPOSSIBLE_DAYS)('refuses %s with a French 400', async (iso) => {
    await expectFrenchRefusal(await input.send(iso), iso);
  });

  it('still takes a real day, 29 February of a leap year', async () => {
    expect((await input.send('2024-02-29')).status).toBeLessThan(300);
  });
});

describe('monthly statement', () => {
  it.each(IMPOSSIBLE_MONTHS)('refuses the month %s with a French 400', async (month) => {
    await expectFrenchRefusal(await testApp.call(`/api/reimbursements/statements/${month}`, { cookie }), month);
  });
});

describe('calendarDate', () => {
  it('gives the ISO day of a real date and null otherwise', () => {
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDate(2000, 2, 29)).toBe('2000-02-29');
    expect(calendarDate(1900, 2, 29)).toBeNull();
    expect(calendarDate(1990, 2, 31)).toBeNull();
    expect(calendarDate(1990, 1.5, 3)).toBeNull();
    expect(isCalendarDate('1990-1-03')).toBe(false);
    expect(isCalendarDate('2100-12-31')).toBe(true);
  });
});
