import { describe, expect, it } from 'vitest';
import { counted } from './plural.ts';

describe('a counted word', () => {
  it('is singular for 0 and 1, plural beyond', () => {
    expect(counted(0, 'demande')).toBe('0 demande');
    expect(counted(1, 'demande')).toBe('1 demande');
    expect(counted(2, 'demande')).toBe('2 demandes');
    expect(counted(3, 'établissement trouvé', 'établissements trouvés')).toBe('3 établissements trouvés');
  });
});
