import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFRef } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../db/seed/demo-accounts.ts';
import { parisDate } from '../card/validity.ts';
import { useTestApp } from '../testing.ts';

const [principal, spouse] = demoAccounts;
const testApp = useTestApp();
const { call } = testApp;
const cookies = { principal: '', spouse: '' };

beforeAll(async () => {
  cookies.principal = await testApp.signIn(principal);
  cookies.spouse = await testApp.signIn(spouse);
});

interface CardBody {
  status: string;
  validity: { from: string; to: string };
  standardBlock: Record<string, string>;
  insurer: Record<string, string>;
  contract: { name: string; number: string; responsable: boolean };
  beneficiaries: { lastName: string; firstName: string; birthDate: string; rang: number }[];
  tiersPayant: { code: string; label: string }[];
  dataMatrixSvg: string;
  updatedAt: string;
}

async function card(cookie: string): Promise<CardBody> {
  const response = await call('/api/card', { cookie });
  expect(response.status).toBe(200);
  return (await response.json()) as CardBody;
}

/** The household's insurer as Annexe 3 assigns it through the establishment, read from the database. */
function managingInsurer() {
  return testApp.db
    .selectFrom('members')
    .innerJoin('establishments', 'establishments.id', 'members.establishment_id')
    .innerJoin('insurers', 'insurers.id', 'establishments.insurer_id')
    .selectAll('insurers')
    .where('members.member_number', '=', principal.memberNumber)
    .executeTakeFirstOrThrow();
}

function setTermination(date: string | null) {
  return testApp.db.updateTable('members').set({ termination_date: date }).where('member_number', '=', principal.memberNumber).execute();
}

function shiftDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('GET /api/card', () => {
  afterEach(() => setTermination(null));

  it('is refused without a session', async () => {
    expect((await call('/api/card')).status).toBe(401);
    expect((await call('/api/card.pdf')).status).toBe(401);
  });

  it('may be kept by the service worker but is revalidated by the browser', async () => {
    const response = await call('/api/card', { cookie: cookies.principal });
    expect(response.headers.get('Cache-Control')).toBe('private, no-cache');
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it('lists the whole household for the adhérent principal, by rang', async () => {
    const body = await card(cookies.principal);
    expect(body.beneficiaries).toEqual([
      { lastName: 'Martin', firstName: 'Camille', birthDate: '1984-03-12', rang: 1 },
      { lastName: 'Martin', firstName: 'Dominique', birthDate: '1982-07-25', rang: 2 },
      { lastName: 'Martin', firstName: 'Léa', birthDate: '2016-05-04', rang: 3 },
    ]);
  });

  it('lists only themself for an ayant droit, on the same membership', async () => {
    const body = await card(cookies.spouse);
    expect(body.beneficiaries).toEqual([{ lastName: 'Martin', firstName: 'Dominique', birthDate: '1982-07-25', rang: 2 }]);
    expect(body.standardBlock.memberNumber).toBe(spouse.memberNumber);
  });

  it("prints the managing insurer's identifiers, not those of the contract's carrier", async () => {
    const insurer = await managingInsurer();
    expect(insurer.code).toBe('MFTGS');
    const body = await card(cookies.principal);
    expect(body.standardBlock).toMatchObject({
      amcNumber: insurer.amc_number,
      conventionType: insurer.convention_type,
      csr: insurer.csr,
      memberNumber: principal.memberNumber,
    });
    expect(body.insurer).toEqual({
      name: insurer.name,
      professionalAddress: insurer.correspondence_address,
      professionalPhone: insurer.professional_phone,
    });
  });

  it('shows the contract without the R mark, since it is not responsable', async () => {
    const contract = await testApp.db.selectFrom('contracts').select(['name', 'number']).executeTakeFirstOrThrow();
    expect((await card(cookies.principal)).contract).toEqual({ ...contract, responsable: false });
  });

  it('lists the open tiers-payant domains in order', async () => {
    const domains = await testApp.db.selectFrom('tiers_payant_domains').select(['code', 'label']).orderBy('position').execute();
    expect(domains.length).toBeGreaterThan(0);
    expect((await card(cookies.principal)).tiersPayant).toEqual(domains);
  });

  it('is valid for the civil year, with the block giving the same dates', async () => {
    const today = parisDate(new Date());
    const year = today.slice(0, 4);
    const body = await card(cookies.principal);
    expect(body.validity).toEqual({ from: `${year}-01-01`, to: `${year}-12-31` });
    expect(body.standardBlock.validity).toBe(`01/01/${year} au 31/12/${year}`);
    expect(body.status).toBe(today >= `${year}-12-01` ? 'expiring' : 'valid');
    expect(Date.parse(body.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('is expiring when the membership ends within 30 days', async () => {
    const end = shiftDays(parisDate(new Date()), 10);
    await setTermination(end);
    const body = await card(cookies.principal);
    expect(body.status).toBe('expiring');
    expect(body.validity.to <= end).toBe(true);
  });

  it('is expired once the membership has ended', async () => {
    const yesterday = shiftDays(parisDate(new Date()), -1);
    await setTermination(yesterday);
    const body = await card(cookies.principal);
    expect(body.status).toBe('expired');
    expect(body.validity.to).toBe(yesterday);
  });

  it('carries the DataMatrix as a named SVG image', async () => {
    const svg = (await card(cookies.principal)).dataMatrixSvg;
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="[^"]+"/);
    expect(svg).not.toMatch(/<script/i);
  });
});

/**
 * The text a PDF page draws: its content streams inflated, then the strings of its text operators.
 * pdf-lib writes text in standard fonts as WinAnsi (windows-1252) hex strings.
 */
const winAnsi = new TextDecoder('windows-1252');

async function pdfPages(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    return refs
      .map((ref) => {
        const stream = (ref instanceof PDFRawStream ? ref : pdf.context.lookup(ref as PDFRef)) as PDFRawStream;
        const operators = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
        return [...operators.matchAll(/<([0-9A-Fa-f]*)> Tj/g)].map((match) => winAnsi.decode(Buffer.from(match[1]!, 'hex'))).join('\n');
      })
      .join('\n');
  });
}

describe('GET /api/card.pdf', () => {
  it('is a one-page PDF to download, named after the member number', async () => {
    const response = await call('/api/card.pdf', { cookie: cookies.principal });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="carte-mutualiste-${principal.memberNumber}.pdf"`);
    expect(response.headers.get('Cache-Control')).toBe('private, no-cache');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    const insurer = await managingInsurer();
    expect(text).toContain(`N° d'adhérent : ${principal.memberNumber}`);
    expect(text).toContain(`N° AMC : ${insurer.amc_number}`);
    expect(text.indexOf('Bloc normalisé')).toBeLessThan(text.indexOf('Organisme gestionnaire'));
    for (const name of ['Camille', 'Dominique', 'Léa']) expect(text).toContain(name);
    expect(text).toContain('Contrat responsable : non');
  });

  it("leaves the rest of the household out of an ayant droit's PDF", async () => {
    const response = await call('/api/card.pdf', { cookie: cookies.spouse });
    const [text] = await pdfPages(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain('Dominique');
    expect(text).not.toContain('Camille');
    expect(text).not.toContain('Léa');
  });

  it('prints a name outside the PDF fonts instead of failing', async () => {
    await testApp.db.updateTable('beneficiaries').set({ first_name: 'Łucja–Ève' }).where('first_name', '=', 'Dominique').execute();
    try {
      const response = await call('/api/card.pdf', { cookie: cookies.spouse });
      expect(response.status).toBe(200);
      const [text] = await pdfPages(new Uint8Array(await response.arrayBuffer()));
      expect(text).toContain('?ucja–Ève');
    } finally {
      await testApp.db.updateTable('beneficiaries').set({ first_name: 'Dominique' }).where('first_name', '=', 'Łucja–Ève').execute();
    }
  });
});
