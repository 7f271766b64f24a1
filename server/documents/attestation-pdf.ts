import { rgb } from 'pdf-lib';
import { frenchDate } from '../card/validity.ts';
import { frenchPdf } from '../pdf/french-pdf.ts';
import { printable } from '../pdf/printable.ts';

export interface AttestationFacts {
  insurer: string;
  contract: { name: string; number: string };
  memberNumber: string;
  affiliationDate: string;
  terminationDate: string | null;
  people: { firstName: string; lastName: string; birthDate: string; relation: string }[];
  /** YYYY-MM-DD, Paris time. */
  issuedOn: string;
}

const MARGIN = 56;

/** The attestation d'affiliation: who is covered by which contract, since when, as of today. */
export async function attestationPdf(facts: AttestationFacts): Promise<Uint8Array<ArrayBuffer>> {
  const { pdf, regular, bold } = await frenchPdf(`Attestation d'affiliation ${facts.memberNumber}`, new Date(`${facts.issuedOn}T00:00:00Z`));
  const page = pdf.addPage([595.28, 841.89]);
  let y = page.getHeight() - MARGIN;
  const write = (text: string, font = regular, size = 11) => {
    page.drawText(printable(font, text), { x: MARGIN, y, size, font, color: rgb(0, 0, 0), maxWidth: page.getWidth() - 2 * MARGIN });
    y -= size + 7;
  };

  write("Attestation d'affiliation", bold, 18);
  y -= 6;
  write(`${facts.insurer} atteste que les personnes ci-dessous sont couvertes par le contrat collectif`);
  write(`« ${facts.contract.name} » n° ${facts.contract.number}, au titre de l'adhésion n° ${facts.memberNumber},`);
  write(
    facts.terminationDate
      ? `du ${frenchDate(facts.affiliationDate)} au ${frenchDate(facts.terminationDate)}.`
      : `depuis le ${frenchDate(facts.affiliationDate)}, et le sont à la date de cette attestation.`,
  );
  y -= 6;
  write('Personnes couvertes', bold, 13);
  for (const person of facts.people) {
    write(`${person.lastName.toUpperCase()} ${person.firstName}, né(e) le ${frenchDate(person.birthDate)} – ${person.relation}`);
  }
  y -= 12;
  write(`Attestation délivrée le ${frenchDate(facts.issuedOn)} pour servir et valoir ce que de droit.`, regular, 10);
  return new Uint8Array(await pdf.save());
}
