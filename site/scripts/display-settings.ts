import {
  type DatedDisplayPreferences,
  DISPLAY_STORAGE_KEY,
  displayPreferencesFrom,
} from '../../domain/display-preferences.ts';

declare global {
  interface Window {
    /** Defined by the inline script of BaseLayout (display-pre-paint.ts). */
    applyDisplaySettings(): void;
  }
}

/** The settings of this device; `pending` while the account has not received the latest change. */
export interface StoredDisplay extends DatedDisplayPreferences {
  pending: boolean;
}

export const DISPLAY_CHANGED_EVENT = 'display-settings-changed';

export function storedDisplay(): StoredDisplay | null {
  let value: unknown;
  try {
    value = JSON.parse(localStorage.getItem(DISPLAY_STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { updatedAt, pending } = value as { updatedAt?: unknown; pending?: unknown };
  return {
    ...displayPreferencesFrom(value),
    updatedAt: typeof updatedAt === 'string' ? updatedAt : new Date(0).toISOString(),
    pending: pending === true,
  };
}

/** Keeps the settings on this device and applies them to the page at once. */
export function storeDisplay(preferences: DatedDisplayPreferences, pending: boolean): void {
  const stored: StoredDisplay = { ...displayPreferencesFrom(preferences), updatedAt: preferences.updatedAt, pending };
  try {
    localStorage.setItem(DISPLAY_STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Storage full or refused (private browsing): the choice still applies to this page.
  }
  window.applyDisplaySettings();
  document.dispatchEvent(new CustomEvent(DISPLAY_CHANGED_EVENT));
}
