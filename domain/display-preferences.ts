/**
 * The display settings a person can choose, shared by the pages (which apply them before the
 * first paint) and the API (which keeps them with the account). No imports: the browser bundles it.
 */
export const CONTRASTS = ['standard', 'high'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export const FONTS = ['standard', 'dyslexia'] as const;
export const MOTIONS = ['system', 'reduced', 'full'] as const;
/** Percent of the browser's own text size; 200 % is the WCAG 1.4.4 reference. */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

export interface DisplayPreferences {
  contrast: (typeof CONTRASTS)[number];
  theme: (typeof THEMES)[number];
  font: (typeof FONTS)[number];
  motion: (typeof MOTIONS)[number];
  textSize: (typeof TEXT_SIZES)[number];
}

/** A choice with the moment it was made: between two devices, the latest choice wins. */
export interface DatedDisplayPreferences extends DisplayPreferences {
  /** ISO 8601 instant of the change. */
  updatedAt: string;
}

export const DEFAULT_DISPLAY: DisplayPreferences = {
  contrast: 'standard',
  theme: 'system',
  font: 'standard',
  motion: 'system',
  textSize: 100,
};

/** The localStorage key of the settings on this device. */
export const DISPLAY_STORAGE_KEY = 'affichage';

/** Reads settings of unknown origin (storage, form): anything invalid falls back to the default. */
export function displayPreferencesFrom(value: unknown): DisplayPreferences {
  const source = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const pick = <T>(allowed: readonly T[], candidate: unknown, fallback: T): T =>
    allowed.includes(candidate as T) ? (candidate as T) : fallback;
  return {
    contrast: pick(CONTRASTS, source['contrast'], DEFAULT_DISPLAY.contrast),
    theme: pick(THEMES, source['theme'], DEFAULT_DISPLAY.theme),
    font: pick(FONTS, source['font'], DEFAULT_DISPLAY.font),
    motion: pick(MOTIONS, source['motion'], DEFAULT_DISPLAY.motion),
    textSize: pick(TEXT_SIZES, Number(source['textSize']), DEFAULT_DISPLAY.textSize),
  };
}
