import { describe, expect, it } from 'vitest';
import { attachmentType } from './attachment-type.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part)))));

describe('attachmentType', () => {
  it('recognises PDF, JPEG and PNG by their content', () => {
    expect(attachmentType(bytes('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n'))).toBe('application/pdf');
    expect(attachmentType(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toBe('image/jpeg');
    expect(attachmentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('image/png');
  });

  it('refuses executables and anything else, whatever they are called', () => {
    expect(attachmentType(bytes('MZ', [0x90, 0x00, 0x03]))).toBeNull();
    expect(attachmentType(bytes([0x7f], 'ELF', [2, 1, 1]))).toBeNull();
    expect(attachmentType(bytes('<script>alert(1)</script>'))).toBeNull();
    expect(attachmentType(new Uint8Array())).toBeNull();
  });
});
