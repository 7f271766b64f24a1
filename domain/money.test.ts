import { describe, expect, it } from 'vitest';
import { euros } from './money.ts';

/** Intl puts no-break spaces where French typography wants them; the tests write them visibly. */
const french = (text: string) => text.replaceAll('_', '\u00a0').replaceAll('^', '\u202f');

describe('amounts in euros', () => {
  it('shows cents only when there are some, with French separators', () => {
    expect(euros(2500)).toBe(french('25_€'));
    expect(euros(7400)).toBe(french('74_€'));
    expect(euros(123450)).toBe(french('1^234,50_€'));
    expect(euros(5)).toBe(french('0,05_€'));
  });

  it('keeps the sign of a negative amount', () => {
    expect(euros(-1250)).toBe(french('-12,50_€'));
  });
});
