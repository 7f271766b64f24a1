import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

/**
 * Real supporting documents for the tests, made here rather than kept as binary files: a one-page
 * PDF invoice, and photos of a receipt as a phone sends them, EXIF included.
 */
export async function samplePdf(text = 'Facture n° 2026-118 – séance d’ostéopathie'): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.addPage([595, 842]).drawText(text.replace(/[’–]/g, '-'), { x: 50, y: 780, size: 12, font });
  return Buffer.from(await document.save());
}

/** A 60 × 40 photo whose EXIF says "turn me a quarter" and carries where it was taken. */
export async function samplePhoto(format: 'jpeg' | 'png', description = 'Pris au 12 rue des Tilleuls'): Promise<Buffer> {
  const image = sharp({ create: { width: 60, height: 40, channels: 3, background: '#c8d2dc' } })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { ImageDescription: description, Artist: 'Camille Martin' } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg().toBuffer();
}
