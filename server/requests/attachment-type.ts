/**
 * The type of an uploaded file from its first bytes, whatever its name or the type the browser
 * declared: a renamed executable is not a PDF. Only what a supporting document can be is known.
 */
export type AttachmentType = 'application/pdf' | 'image/jpeg' | 'image/png';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function attachmentType(bytes: Uint8Array): AttachmentType | null {
  const starts = (signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(PNG)) return 'image/png';
  if (starts([0xff, 0xd8, 0xff]) && bytes.length > 4) return 'image/jpeg';
  // A PDF starts with its header and ends with an end-of-file marker, within the last bytes.
  if (starts([...Buffer.from('%PDF-')]) && Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF')) {
    return 'application/pdf';
  }
  return null;
}
