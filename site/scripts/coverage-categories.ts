import { COVERAGE_CATEGORIES, COVERAGE_CATEGORY_TITLES } from '../../db/schema.ts';

/** The categories in table order, for the page's static "Aller à" links. */
export const coverageCategories = COVERAGE_CATEGORIES.map((id) => ({ id, title: COVERAGE_CATEGORY_TITLES[id] }));

/** The id of a category's section in the page: the target of the "Aller à" links. */
export function categorySectionId(categoryId: string): string {
  return `categorie-${categoryId.replace(/[^a-z0-9_-]/gi, '-')}`;
}
