import { describe, expect, it } from 'vitest';
import { fileSize } from './file-size.ts';

describe('file sizes', () => {
  it('rounds to the kilo-octet, one at least', () => {
    expect(fileSize(120)).toBe('1\u00a0Ko');
    expect(fileSize(12_345)).toBe('12\u00a0Ko');
    expect(fileSize(999_499)).toBe('999\u00a0Ko');
  });

  it('switches to mega-octets with one decimal, French comma', () => {
    expect(fileSize(1_000_000)).toBe('1\u00a0Mo');
    expect(fileSize(1_250_000)).toBe('1,3\u00a0Mo');
    expect(fileSize(5 * 1024 * 1024)).toBe('5,2\u00a0Mo');
  });
});
