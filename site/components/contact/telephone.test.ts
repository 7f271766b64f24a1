import { describe, expect, it } from 'vitest';
import { telephoneHref } from './telephone.ts';

describe('a telephone link', () => {
  it('keeps digits and the international plus only', () => {
    expect(telephoneHref('01 23 45 67 89')).toBe('tel:0123456789');
    expect(telephoneHref('+33 1 23.45.67.89')).toBe('tel:+33123456789');
  });
});
