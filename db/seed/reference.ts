import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { noticeContacts } from './notice/contacts.ts';
import { noticeContract } from './notice/contract.ts';
import { noticeCoverageLines } from './notice/coverage-lines.ts';
import { noticeEstablishments } from './notice/establishments.ts';
import { noticeFootnotes } from './notice/footnotes.ts';
import { noticeInsurers } from './notice/insurers.ts';
import type { NoticeCoverageLine } from './notice/types.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** Loads the notice's annexes: insurers, the contract and its coverage table, establishments, contacts. */
export async function seedReferenceData(db: Executor): Promise<{ contractId: number }> {
  const insurers = await db
    .insertInto('insurers')
    .values(
      noticeInsurers.map((insurer) => ({
        code: insurer.code,
        name: insurer.name,
        amc_number: insurer.amcNumber,
        convention_type: insurer.conventionType,
        csr: insurer.csr,
        head_office_address: insurer.headOfficeAddress,
        correspondence_address: insurer.correspondenceAddress,
        professional_phone: insurer.professionalPhone,
        member_phone: insurer.memberPhone,
      })),
    )
    .returning(['id', 'code'])
    .execute();
  const insurerId = (code: string) => {
    const insurer = insurers.find((candidate) => candidate.code === code);
    if (!insurer) throw new Error(`Organisme inconnu dans les données de la notice : ${code}`);
    return insurer.id;
  };

  await db
    .insertInto('establishments')
    .values(
      noticeEstablishments.map((establishment) => ({
        company: establishment.company,
        site: establishment.site,
        department: establishment.department,
        insurer_id: insurerId(establishment.insurerCode),
      })),
    )
    .execute();

  await db
    .insertInto('contacts')
    .values(
      noticeContacts.map((contact) => ({
        kind: contact.kind,
        name: contact.name,
        postal_address: contact.postalAddress,
        email: contact.email ?? null,
        website: contact.website ?? null,
      })),
    )
    .execute();

  const { id: contractId } = await db
    .insertInto('contracts')
    .values({
      number: noticeContract.number,
      name: noticeContract.name,
      kind: noticeContract.kind,
      responsable: noticeContract.responsable,
      effective_date: noticeContract.effectiveDate,
      end_date: null,
      insurer_id: insurerId(noticeContract.insurerCode),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const footnotes = await db
    .insertInto('coverage_footnotes')
    .values(noticeFootnotes.map((footnote) => ({ contract_id: contractId, ...footnote })))
    .returning(['id', 'marker'])
    .execute();

  const lines = await db
    .insertInto('coverage_lines')
    .values(noticeCoverageLines.map((line, index) => toCoverageRow(line, contractId, index + 1)))
    .returning(['id', 'position'])
    .execute();

  const links = noticeCoverageLines.flatMap((line, index) =>
    (line.footnotes ?? []).map((marker) => {
      const footnote = footnotes.find((candidate) => candidate.marker === marker);
      if (!footnote) throw new Error(`Renvoi inconnu « ${marker} » sur la ligne « ${line.label} »`);
      const row = lines.find((candidate) => candidate.position === index + 1);
      return { coverage_line_id: row!.id, footnote_id: footnote.id };
    }),
  );
  if (links.length > 0) await db.insertInto('coverage_line_footnotes').values(links).execute();

  return { contractId };
}

function toCoverageRow(line: NoticeCoverageLine, contractId: number, position: number) {
  const { value } = line;
  return {
    contract_id: contractId,
    position,
    category: line.category,
    subcategory: line.subcategory,
    label: line.label,
    condition: line.condition ?? null,
    value_kind: value.kind,
    rate_percent: value.kind === 'percent_br' ? value.ratePercent : null,
    amount_cents: value.kind === 'fixed_amount' ? value.amountCents : null,
    unit: value.kind === 'not_covered' ? null : (value.unit ?? null),
    limit_count: line.limit?.count ?? null,
    limit_years: line.limit?.years ?? null,
    note: line.note ?? null,
  };
}
