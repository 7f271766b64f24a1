/** The answer of `GET /api/coverage`, as the API describes it (typed here until its route lands). */
export interface CoverageLine {
  id: string | number;
  subcategory: string | null;
  label: string;
  condition: string | null;
  value: unknown;
  /** The value in words: "380 % BR", "Non couvert"… */
  display: string;
  note: string | null;
  footnotes: string[];
}

export interface CoverageCategory {
  id: string;
  title: string;
  lines: CoverageLine[];
}

export interface Coverage {
  contract: { name: string; number: string };
  categories: CoverageCategory[];
  footnotes: { marker: string; text: string }[];
  updatedAt: string;
}
