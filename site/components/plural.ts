/** "1 paiement", "3 paiements": French puts 0 and 1 in the singular. `plural` for irregular words. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count > 1 ? plural : singular}`;
}
