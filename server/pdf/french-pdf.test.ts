import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attestationPdf } from '../documents/attestation-pdf.ts';
import { statementPdf } from '../reimbursements/statement-pdf.ts';

/** The same document made in the morning and in the evening of one day. */
async function madeTwice(make: () => Promise<Uint8Array>): Promise<[Buffer, Buffer]> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T08:00:00Z'));
  const morning = Buffer.from(await make());
  vi.setSystemTime(new Date('2026-12-01T18:47:13Z'));
  const evening = Buffer.from(await make());
  return [morning, evening];
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PDFs whose size is announced before the download', () => {
  it('a monthly statement is the same file whenever it is made, dated the day after its month', async () => {
    const [morning, evening] = await madeTwice(() => statementPdf('2026-10', '00123456', []));
    expect(evening.equals(morning)).toBe(true);
    expect((await PDFDocument.load(morning)).getCreationDate()?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('an attestation is the same file all day, dated the day it is issued', async () => {
    const facts = {
      insurer: 'Mutuelle de démonstration',
      contract: { name: 'Ma Prévoyance Santé +', number: 'MPS-2025-001' },
      memberNumber: '00123456',
      affiliationDate: '2025-01-01',
      terminationDate: null,
      people: [{ firstName: 'Claire', lastName: 'Martin', birthDate: '1984-03-12', relation: 'adhérent principal' }],
      issuedOn: '2026-12-01',
    };
    const [morning, evening] = await madeTwice(() => attestationPdf(facts));
    expect(evening.equals(morning)).toBe(true);
    expect((await PDFDocument.load(morning)).getCreationDate()?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
