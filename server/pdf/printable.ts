import type { PDFFont } from 'pdf-lib';

/** The standard fonts only know WinAnsi: any other character (a name in another script) becomes "?" rather than failing. */
export function printable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return Array.from(text, (character) => (known.has(character.codePointAt(0)!) ? character : '?')).join('');
}
