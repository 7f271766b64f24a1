import { describe, expect, it } from 'vitest';
import { freshnessLead } from './freshness.ts';

describe('the date of a view’s data', () => {
  it('is the server’s latest answer when it comes from the network', () => {
    expect(freshnessLead(false, true)).toBe('Informations à jour au');
  });

  it('is the copy kept on this device when the worker answered from it, or without network', () => {
    expect(freshnessLead(true, true)).toBe('Hors ligne — informations à jour au');
    expect(freshnessLead(false, false)).toBe('Hors ligne — informations à jour au');
  });
});
