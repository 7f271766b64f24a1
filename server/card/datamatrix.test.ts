import { describe, expect, it } from 'vitest';
import { dataMatrixPayload, dataMatrixPng, dataMatrixSvg } from './datamatrix.ts';

const block = {
  validity: { from: '2026-01-01', to: '2026-12-31' },
  amcNumber: '99000102',
  conventionType: 'TPDEMO',
  csr: '9902',
  memberNumber: '990012345',
};

describe('the DataMatrix of the card', () => {
  it('carries every field of the standard block, in order, after the version', () => {
    expect(dataMatrixPayload(block).split('|')).toEqual(['CMTP1', '20260101-20261231', '99000102', 'TPDEMO', '9902', '990012345']);
  });

  it('refuses a field that would shift the others', () => {
    expect(() => dataMatrixPayload({ ...block, csr: '99|02' })).toThrow();
  });

  it('is an SVG image named for screen readers, without script', () => {
    const svg = dataMatrixSvg(block);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*>/);
    expect(svg).toMatch(/aria-label="[^"]*bloc normalisé[^"]*"/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(svg).not.toMatch(/<script|\son\w+=/i);
  });

  it('changes when a field changes', () => {
    expect(dataMatrixSvg({ ...block, memberNumber: '990067890' })).not.toBe(dataMatrixSvg(block));
  });

  it('is also a PNG for the PDF', async () => {
    const png = await dataMatrixPng(block);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
