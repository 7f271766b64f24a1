import { COVERAGE_CATEGORIES, type CoverageCategory } from '../../db/schema.ts';

/** Titles of the coverage table's categories, for the page's static "Aller à" links. */
export const coverageCategoryTitles: Record<CoverageCategory, string> = {
  hospitalisation: 'Hospitalisation',
  soins_courants: 'Soins courants',
  dentaire: 'Dentaire',
  optique: 'Optique',
  aides_auditives: 'Aides auditives',
  autres_prestations: 'Autres prestations',
};

export const coverageCategories = COVERAGE_CATEGORIES.map((id) => ({ id, title: coverageCategoryTitles[id] }));

/** The id of a category's section in the page: the target of the "Aller à" links. */
export function categorySectionId(categoryId: string): string {
  return `categorie-${categoryId.replace(/[^a-z0-9_-]/gi, '-')}`;
}
