import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { ATTACHMENT_RULES } from '../../domain/request-types.ts';
import { type AttachmentType, attachmentType } from './attachment-type.ts';

// Only the JPEG and PNG decoders of libvips ever run on a member's file: no SVG, TIFF, HEIF, GIF…
sharp.block({ operation: ['VipsForeignLoad'] });
sharp.unblock({ operation: ['VipsForeignLoadJpegBuffer', 'VipsForeignLoadPngBuffer'] });

/** A 12-megapixel photo is 12 million: a "bomb" that unpacks into gigabytes is refused before decoding. */
const MAX_PIXELS = 50_000_000;

export type CleanAttachment = { mediaType: AttachmentType; content: Uint8Array } | { problem: string };

/**
 * A supporting document as it will be kept: the whole file must be what its first bytes claim.
 * Images are decoded and encoded again, which drops anything hidden after or inside them (an
 * HTML page glued on, the EXIF metadata with its GPS position), after turning them upright as
 * their EXIF said. A PDF must open with the PDF library and have a page; what follows its last
 * end-of-file marker (never read by a PDF reader) is cut. Its own bytes are otherwise kept, so
 * a signed invoice stays verifiable.
 */
export async function cleanAttachment(bytes: Uint8Array): Promise<CleanAttachment> {
  const mediaType = attachmentType(bytes);
  const unreadable = { problem: `n'est pas un ${ATTACHMENT_RULES.kinds} lisible` };
  if (mediaType === 'application/pdf') return cleanPdf(bytes, unreadable);
  if (!mediaType) return unreadable;
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    const content = await (mediaType === 'image/png' ? image.png() : image.jpeg({ quality: 90 })).toBuffer();
    return { mediaType, content: new Uint8Array(content) };
  } catch {
    return unreadable;
  }
}

const END_OF_FILE = Buffer.from('%%EOF');

async function cleanPdf(bytes: Uint8Array, unreadable: { problem: string }): Promise<CleanAttachment> {
  const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(END_OF_FILE);
  if (end < 0) return unreadable;
  const content = bytes.slice(0, end + END_OF_FILE.length);
  try {
    const document = await PDFDocument.load(content, { updateMetadata: false });
    return document.getPageCount() > 0 ? { mediaType: 'application/pdf', content } : unreadable;
  } catch (error) {
    if (error instanceof EncryptedPDFError) return { problem: 'est protégé par un mot de passe : envoyez une version sans protection' };
    return unreadable;
  }
}
