import { describe, expect, it } from 'vitest';
import { contributionCategory } from './contribution-category.ts';

describe('contributionCategory (notice art. 9)', () => {
  it.each([
    [['adherent'], 'isole'],
    [['adherent', 'conjoint'], 'duo_plus'],
    [['adherent', 'enfant', 'enfant'], 'duo_plus'],
    [['adherent', 'conjoint', 'enfant'], 'famille'],
  ] as const)('%j → %s', (relations, category) => {
    expect(contributionCategory([...relations])).toBe(category);
  });
});
