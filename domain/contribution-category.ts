export type ContributionCategory = 'isole' | 'duo_plus' | 'famille';

/**
 * The cotisation category of notice art. 9 from the relations of the people the membership
 * covers ('adherent', 'conjoint', 'enfant'): a spouse and children → Famille; a spouse or children
 * → Duo +; nobody else → Isolé. (The exemptions of art. 9, a spouse covered elsewhere for
 * instance, change the people covered, hence the category.)
 */
export function contributionCategory(relations: readonly string[]): ContributionCategory {
  const spouse = relations.includes('conjoint');
  const children = relations.includes('enfant');
  if (spouse && children) return 'famille';
  if (spouse || children) return 'duo_plus';
  return 'isole';
}
