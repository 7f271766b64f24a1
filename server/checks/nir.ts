/**
 * The numéro de sécurité sociale (NIR): 13 characters and a 2-digit key, 97 minus the number
 * modulo 97. Corsica's départements 2A and 2B count as 19 and 18 for the key. No imports: the
 * pages use it to check as the person types, the server to decide.
 */
const NIR = /^([12378])(\d{2})(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})$/;

/** Spaces, dots and dashes as people write them are ignored; letters are upper-cased. */
export function normalizeNir(text: string): string {
  return text.replace(/[\s.\-\u00a0]/g, '').toUpperCase();
}

export function nirProblem(text: string): string | null {
  const nir = normalizeNir(text);
  if (nir.length !== 15) return 'Le numéro de sécurité sociale compte 15 caractères, clé comprise.';
  const match = NIR.exec(nir);
  if (!match) return 'Ce numéro de sécurité sociale n’a pas la forme attendue (par exemple 2 84 03 75 123 456 78).';
  const body = nir.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = 97 - Number(BigInt(body) % 97n);
  return key === Number(match[7]) ? null : 'La clé ne correspond pas au numéro : vérifiez les 15 caractères.';
}

const WRITTEN_GROUPS = [1, 2, 2, 2, 3, 3, 2];

/** The NIR as people write it (1 23 45 67 890 123 45), all but its last four characters hidden. */
export function maskedNir(nir: string): string {
  const characters = [...'•'.repeat(nir.length - 4), ...nir.slice(-4)];
  return WRITTEN_GROUPS.map((size) => characters.splice(0, size).join('')).join(' ');
}
