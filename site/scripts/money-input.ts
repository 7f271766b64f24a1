/** Most amounts a person may type: "25", "25,5", "1 234,56 €", "25.50". */
const AMOUNT = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** An amount typed in euros, in cents; null when it is not one. Spaces and the € sign are ignored. */
export function centsFromInput(text: string): number | null {
  const match = AMOUNT.exec(text.replace(/[\s\u00a0\u202f€]/g, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}
