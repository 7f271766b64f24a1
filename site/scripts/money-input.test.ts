import { describe, expect, it } from 'vitest';
import { centsFromInput } from './money-input.ts';

describe('centsFromInput', () => {
  it.each([
    ['25', 2500],
    ['25,5', 2550],
    ['25,05', 2505],
    ['25.50', 2550],
    ['1 234,56 €', 123456],
    ['1\u202f234,56\u00a0€', 123456],
    ['0', 0],
    ['0,01', 1],
  ])('reads %s as %i cents', (text, cents) => {
    expect(centsFromInput(text)).toBe(cents);
  });

  it.each(['', 'abc', '-5', '12,345', '1e3', '12,', ',5', '1234567890'])('refuses %j', (text) => {
    expect(centsFromInput(text)).toBeNull();
  });
});
