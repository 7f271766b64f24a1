import type { ReimbursementRow } from './query.ts';

const HEADER = [
  'Date des soins',
  'Bénéficiaire',
  'Soin',
  'Dépense (€)',
  'Sécurité sociale (€)',
  'Autres organismes (€)',
  'Votre contrat (€)',
  'Reste à charge (€)',
  'Payé à',
  'Date de paiement',
];

/**
 * The list as a CSV that a French spreadsheet opens as is: UTF-8 with a byte-order mark, `;`
 * between fields, decimal commas. A cell starting with = + - @ is quoted with a leading
 * apostrophe, so that no text can become a formula (CSV injection).
 */
export function reimbursementsCsv(rows: ReimbursementRow[]): string {
  const lines = rows.map((row) => [
    row.careDate,
    `${row.beneficiary.firstName} ${row.beneficiary.lastName}`,
    row.careLabel,
    decimal(row.priceCents),
    decimal(row.socialSecurityCents),
    decimal(row.otherCents),
    decimal(row.contractCents),
    decimal(row.remainingCents),
    row.paidTo === 'professional' ? 'Professionnel de santé (tiers payant)' : 'Vous',
    row.paymentDate,
  ]);
  return `\ufeff${[HEADER, ...lines].map((cells) => cells.map(cell).join(';')).join('\r\n')}\r\n`;
}

function decimal(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
