/** "01 23 45 67 89" → "tel:0123456789", the form a phone dials. */
export function telephoneHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
