import { describe, expect, it } from 'vitest';
import { ibanProblem, maskedIban } from './iban.ts';
import { nirProblem } from './nir.ts';

/** A valid key for a 13-character body, computed as the rule says. */
const withKey = (body: string) => `${body}${String(97 - Number(BigInt(body.replace('2A', '19').replace('2B', '18')) % 97n)).padStart(2, '0')}`;

describe('nirProblem', () => {
  it.each([withKey('2840375123456'), withKey('199112A123456'), withKey('205062B012345')])('accepts %s', (nir) => {
    expect(nirProblem(nir)).toBeNull();
  });

  it('ignores spaces and dots, and lower-case Corsica letters', () => {
    const nir = withKey('199112A123456');
    expect(nirProblem(`${nir.slice(0, 1)} ${nir.slice(1, 3)}.${nir.slice(3, 5)} ${nir.slice(5, 7).toLowerCase()} ${nir.slice(7)}`)).toBeNull();
  });

  it('refuses a wrong key, a wrong length and a wrong shape', () => {
    const nir = withKey('2840375123456');
    const wrongKey = `${nir.slice(0, 13)}${String((Number(nir.slice(13)) + 1) % 100).padStart(2, '0')}`;
    expect(nirProblem(wrongKey)).toMatch(/clé/);
    expect(nirProblem(nir.slice(0, 14))).toMatch(/15 caractères/);
    expect(nirProblem(`5${nir.slice(1)}`)).toMatch(/forme/);
    expect(nirProblem('28403751234AB')).toMatch(/15 caractères/);
  });
});

describe('ibanProblem', () => {
  it('accepts a French IBAN written with spaces or in lower case', () => {
    expect(ibanProblem('FR76 3000 6000 0112 3456 7890 189')).toBeNull();
    expect(ibanProblem('fr7630006000011234567890189')).toBeNull();
  });

  it('refuses a wrong check, a wrong length and something else', () => {
    expect(ibanProblem('FR76 3000 6000 0112 3456 7890 188')).toMatch(/pas valide/);
    expect(ibanProblem('FR76 3000 6000 0112 3456 7890 18')).toMatch(/27 caractères/);
    expect(ibanProblem('<script>')).toMatch(/Saisissez un IBAN/);
  });

  it('masks all but the last four characters', () => {
    expect(maskedIban('FR7630006000011234567890189')).toBe('FR76 •••• •••• 0189');
  });
});
