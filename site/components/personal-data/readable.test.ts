import { describe, expect, it } from 'vitest';
import { readable } from './readable.ts';

describe('a value of the export, as read on the page', () => {
  it('writes nothing known as a dash, an empty list as « aucun », yes and no in French', () => {
    expect(readable(null)).toEqual({ kind: 'text', text: '—' });
    expect(readable('')).toEqual({ kind: 'text', text: '—' });
    expect(readable([])).toEqual({ kind: 'text', text: 'aucun' });
    expect(readable(true)).toEqual({ kind: 'text', text: 'oui' });
    expect(readable(false)).toEqual({ kind: 'text', text: 'non' });
    expect(readable(0)).toEqual({ kind: 'text', text: '0' });
  });

  it('keeps lists in order and entries under the names of the file', () => {
    expect(readable([{ a: 1 }, 'b'])).toEqual({ kind: 'list', items: [{ a: 1 }, 'b'] });
    expect(readable({ numeroAdherent: '990012345', rang: 1 })).toEqual({
      kind: 'entries',
      entries: [
        ['numeroAdherent', '990012345'],
        ['rang', 1],
      ],
    });
  });
});
