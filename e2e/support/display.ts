import type { BrowserContext, Page } from '@playwright/test';
import { DISPLAY_STORAGE_KEY, type DisplayPreferences } from '../../domain/display-preferences.ts';

/** The display modes every page must pass in, as a person would set them in « Affichage ». */
export const DISPLAY_MODES: { name: string; settings: Partial<DisplayPreferences>; enhancedContrast: boolean }[] = [
  { name: 'affichage standard', settings: {}, enhancedContrast: false },
  { name: 'contraste élevé', settings: { contrast: 'high' }, enhancedContrast: true },
  { name: 'thème sombre', settings: { theme: 'dark' }, enhancedContrast: false },
  { name: 'contraste élevé sombre', settings: { contrast: 'high', theme: 'dark' }, enhancedContrast: true },
  { name: 'police dyslexie', settings: { font: 'dyslexia' }, enhancedContrast: false },
  { name: 'texte à 200 %', settings: { textSize: 200 }, enhancedContrast: false },
];

/** Stores display settings on the device before any page of the context loads. */
export async function useDisplaySettings(target: BrowserContext | Page, settings: Partial<DisplayPreferences>): Promise<void> {
  await target.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [DISPLAY_STORAGE_KEY, JSON.stringify({ ...settings, updatedAt: new Date().toISOString() })] as const,
  );
}
