/** 2500 → "25 €", 123450 → "1 234,50 €" (fr-FR spaces). */
export function euros(cents: number): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat('fr-FR', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}
