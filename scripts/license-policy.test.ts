import { describe, expect, it } from 'vitest';
import { isAllowed, licenseOf } from './license-policy.ts';

describe('licence policy', () => {
  it('reads SPDX expressions, objects and the old lists', () => {
    expect(licenseOf({ license: 'MIT' })).toBe('MIT');
    expect(licenseOf({ license: { type: 'ISC' } })).toBe('ISC');
    expect(licenseOf({ licenses: [{ type: 'MIT' }, { type: 'GPL-2.0' }] })).toBe('MIT OR GPL-2.0');
    expect(licenseOf({})).toBeNull();
    expect(licenseOf({ license: '  ' })).toBeNull();
  });

  it('allows an alternative that is allowed, and every part of a conjunction only', () => {
    expect(isAllowed('MIT')).toBe(true);
    expect(isAllowed('(MIT AND Zlib)')).toBe(true);
    expect(isAllowed('(GPL-3.0-only OR MIT)')).toBe(true);
    expect(isAllowed('(MIT AND GPL-3.0-only)')).toBe(false);
    expect(isAllowed('GPL-3.0-only')).toBe(false);
    expect(isAllowed('SEE LICENSE IN LICENSE.txt')).toBe(false);
    expect(isAllowed('UNLICENSED')).toBe(false);
  });
});
