import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A new French PDF with its two fonts, dated `issuedAt` rather than by the clock: the same document
 * made twice is then the same file, byte for byte. pdf-lib would stamp the current second, and its
 * compressed object streams change length with it, so a size announced before a download would not
 * always be the size downloaded.
 */
export async function frenchPdf(title: string, issuedAt: Date) {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(title);
  pdf.setLanguage('fr-FR');
  pdf.setCreationDate(issuedAt);
  pdf.setModificationDate(issuedAt);
  const [regular, bold] = await Promise.all([pdf.embedFont(StandardFonts.Helvetica), pdf.embedFont(StandardFonts.HelveticaBold)]);
  return { pdf, regular, bold };
}
