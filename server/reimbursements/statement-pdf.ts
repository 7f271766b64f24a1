import { type PDFFont, rgb } from 'pdf-lib';
import { monthName } from '../../domain/french-dates.ts';
import { euros } from '../../domain/money.ts';
import { frenchPdf } from '../pdf/french-pdf.ts';
import { printable } from '../pdf/printable.ts';
import { type ReimbursementRow, totalsOf } from './query.ts';

const MARGIN = 48;
const A4: [number, number] = [595.28, 841.89];

/** The « relevé de prestations » of one month: every payment, then the totals. */
export async function statementPdf(
  month: string,
  memberNumber: string,
  rows: ReimbursementRow[],
): Promise<Uint8Array<ArrayBuffer>> {
  const firstDay = new Date(`${month}-01T00:00:00Z`);
  // A month's statement is issued once the month is over: on the first day of the next one.
  const issuedAt = new Date(Date.UTC(firstDay.getUTCFullYear(), firstDay.getUTCMonth() + 1, 1));
  const { pdf, regular, bold } = await frenchPdf(`Relevé de prestations – ${monthName(month)}`, issuedAt);
  let page = pdf.addPage(A4);
  let y = page.getHeight() - MARGIN;

  const write = (text: string, font: PDFFont = regular, size = 10) => {
    if (y < MARGIN + size) {
      page = pdf.addPage(A4);
      y = page.getHeight() - MARGIN;
    }
    page.drawText(printable(font, text), { x: MARGIN, y, size, font, color: rgb(0, 0, 0), maxWidth: page.getWidth() - 2 * MARGIN });
    y -= size + 5;
  };

  write(`Relevé de prestations – ${monthName(month)}`, bold, 16);
  write(`Adhérent n° ${memberNumber}. Paiements effectués du 1er au dernier jour du mois.`);
  y -= 8;
  if (rows.length === 0) write('Aucun paiement ce mois-ci.');
  for (const row of rows) {
    write(`${row.paymentDate} – ${row.careLabel}, ${row.beneficiary.firstName} ${row.beneficiary.lastName} (soins du ${row.careDate})`, bold);
    write(
      `Dépense ${euros(row.priceCents)} · Sécurité sociale ${euros(row.socialSecurityCents)} · Votre contrat ${euros(row.contractCents)} · Reste à charge ${euros(row.remainingCents)} · Payé ${row.paidTo === 'professional' ? 'au professionnel (tiers payant)' : 'à vous'}`,
    );
  }
  const totals = totalsOf(rows);
  y -= 8;
  write('Totaux du mois', bold, 12);
  write(`Dépenses ${euros(totals.priceCents)} · Sécurité sociale ${euros(totals.socialSecurityCents)} · Votre contrat ${euros(totals.contractCents)} · Reste à charge ${euros(totals.remainingCents)}`);
  return new Uint8Array(await pdf.save());
}
