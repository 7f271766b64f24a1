import { type PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { frenchPdf } from '../pdf/french-pdf.ts';
import { printable } from '../pdf/printable.ts';
import type { Card } from './card.ts';
import { dataMatrixPng } from './datamatrix.ts';
import { frenchDate, parisDate } from './validity.ts';

const MARGIN = 56;
const TEXT_SIZE = 11;
const LINE_HEIGHT = 16;
const CODE_SIZE = 96;

const STATUS_NOTICE: Record<Card['status'], (to: string) => string | null> = {
  valid: () => null,
  expiring: (to) => `Cette carte arrive à échéance le ${to} : la suivante sera disponible dans votre espace.`,
  expired: () => "Cette carte n'est plus valable.",
};

/** The card as a printable A4 PDF: the standard block and its DataMatrix first, then the rest. */
export async function cardPdf(card: Card): Promise<Uint8Array<ArrayBuffer>> {
  const { pdf, regular, bold } = await frenchPdf(`Carte mutualiste ${card.standardBlock.memberNumber}`, new Date());
  const page = pdf.addPage([595.28, 841.89]);
  let y = page.getHeight() - MARGIN;

  const write = (text: string, font = regular, size = TEXT_SIZE) => {
    page.drawText(printable(font, text), { x: MARGIN, y, size, font, color: rgb(0, 0, 0), maxWidth: page.getWidth() - 2 * MARGIN });
    y -= size + (LINE_HEIGHT - TEXT_SIZE);
  };
  const heading = (text: string) => {
    y -= LINE_HEIGHT / 2;
    write(text, bold, 13);
  };

  write('Carte mutualiste – tiers payant', bold, 18);
  const notice = STATUS_NOTICE[card.status](frenchDate(card.validity.to));
  if (notice) write(notice, bold);

  heading('Bloc normalisé');
  const codeTop = y + TEXT_SIZE;
  const { standardBlock: block } = card;
  write(`Période de validité : ${block.validity}`);
  write(`N° AMC : ${block.amcNumber}`);
  write(`Type de convention : ${block.conventionType}`);
  write(`CSR : ${block.csr}`);
  write(`N° d'adhérent : ${block.memberNumber}`);
  await drawDataMatrix(pdf, page, card, codeTop);
  y = Math.min(y, codeTop - CODE_SIZE - LINE_HEIGHT);

  heading('Organisme gestionnaire');
  write(card.insurer.name);
  write(card.insurer.professionalAddress);
  write(`Téléphone réservé aux professionnels de santé : ${card.insurer.professionalPhone}`);

  heading('Contrat');
  write(`${card.contract.name}, n° ${card.contract.number}`);
  write(`Contrat responsable : ${card.contract.responsable ? 'oui' : 'non'}`);

  heading(card.beneficiaries.length > 1 ? 'Bénéficiaires' : 'Bénéficiaire');
  for (const person of card.beneficiaries) {
    write(`Rang ${person.rang} : ${person.lastName.toUpperCase()} ${person.firstName}, né(e) le ${frenchDate(person.birthDate)}`);
  }

  heading('Tiers payant ouvert');
  for (const domain of card.tiersPayant) write(`${domain.code} : ${domain.label}`);

  y -= LINE_HEIGHT;
  write(`Document édité le ${frenchDate(parisDate(new Date(card.updatedAt)))}.`, regular, 9);

  // pdf-lib types its bytes as possibly shared memory, which a response body may not be.
  return new Uint8Array(await pdf.save());
}

async function drawDataMatrix(pdf: PDFDocument, page: PDFPage, card: Card, top: number) {
  const { standardBlock: block } = card;
  const image = await pdf.embedPng(
    await dataMatrixPng({
      validity: card.validity,
      amcNumber: block.amcNumber,
      conventionType: block.conventionType,
      csr: block.csr,
      memberNumber: block.memberNumber,
    }),
  );
  page.drawImage(image, { x: page.getWidth() - MARGIN - CODE_SIZE, y: top - CODE_SIZE, width: CODE_SIZE, height: CODE_SIZE });
}
