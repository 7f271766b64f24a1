/**
 * An IBAN (ISO 13616): country, check digits, then the account; valid when the number formed by
 * moving the first four characters to the end, letters as 10 to 35, leaves 1 modulo 97. French
 * IBANs have 27 characters. No imports: shared by the pages and the server.
 */
export function normalizeIban(text: string): string {
  return text.replace(/[\s\-\u00a0]/g, '').toUpperCase();
}

const LENGTHS: Record<string, number> = { FR: 27, MC: 27, BE: 16, DE: 22, ES: 24, IT: 27, LU: 20, CH: 21, PT: 25, NL: 18 };

export function ibanProblem(text: string): string | null {
  const iban = normalizeIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return 'Saisissez un IBAN, par exemple FR76 3000 6000 0112 3456 7890 189.';
  const expected = LENGTHS[iban.slice(0, 2)];
  if (expected === undefined) return 'Seuls les IBAN de la zone euro les plus courants sont acceptés ici : contactez un conseiller.';
  if (iban.length !== expected) return `Un IBAN ${iban.slice(0, 2)} compte ${expected} caractères.`;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return BigInt(digits) % 97n === 1n ? null : 'Cet IBAN n’est pas valide : vérifiez chaque caractère.';
}

/** Only the last four characters, so that a screen or a shoulder reveals nothing. */
export function maskedIban(iban: string): string {
  return `${iban.slice(0, 4)} •••• •••• ${iban.slice(-4)}`;
}
