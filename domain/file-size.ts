/** 12 345 bytes → "12 Ko", 1 250 000 → "1,3 Mo", as French interfaces write it (never "0 Ko"). */
export function fileSize(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))}\u00a0Ko`;
  return `${(bytes / 1000 / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0Mo`;
}
