/**
 * The type an uploaded file claims by its first bytes, whatever its name or the type the browser
 * declared: a renamed executable is not a PDF. Only what a supporting document can be is known.
 * A claim only: `cleanAttachment` then makes sure the whole file is what it claims.
 */
export type AttachmentType = 'application/pdf' | 'image/jpeg' | 'image/png';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function attachmentType(bytes: Uint8Array): AttachmentType | null {
  const starts = (signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(PNG)) return 'image/png';
  if (starts([0xff, 0xd8, 0xff]) && bytes.length > 4) return 'image/jpeg';
  if (starts([...Buffer.from('%PDF-')])) return 'application/pdf';
  return null;
}
