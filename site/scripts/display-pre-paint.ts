import { DISPLAY_STORAGE_KEY, TEXT_SIZES } from '../../domain/display-preferences.ts';

/** The browser's own bars: the brand colour of the manifest, or the dark header's surface. */
export const BROWSER_BAR_COLOURS = { light: '#0b4f6c', dark: '#1d2126', highContrastDark: '#000000' } as const;

/**
 * The body of the inline script at the top of every page's <head>: it puts the display settings
 * stored on this device on <html> before anything is painted, so no page ever flashes in the
 * default look. It also defines `applyDisplaySettings()`, which the settings form calls after
 * each change: one implementation for both. The browser's own bars follow the theme through
 * <meta name="theme-color">, which the layout places before this script. Plain ES5-level code:
 * it runs before any bundle, and astro.config.mjs allows it in the CSP by the hash of this exact
 * text.
 */
export const DISPLAY_PRE_PAINT_SCRIPT = `window.applyDisplaySettings = function () {
  var root = document.documentElement, s = {};
  try { s = JSON.parse(localStorage.getItem(${JSON.stringify(DISPLAY_STORAGE_KEY)})) || {}; } catch (e) {}
  var dark = s.theme === 'dark' || (s.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-theme', dark ? 'dark' : 'light');
  var bar = document.querySelector('meta[name="theme-color"]');
  if (bar) bar.setAttribute('content', !dark ? ${JSON.stringify(BROWSER_BAR_COLOURS.light)} : s.contrast === 'high' ? ${JSON.stringify(BROWSER_BAR_COLOURS.highContrastDark)} : ${JSON.stringify(BROWSER_BAR_COLOURS.dark)});
  function set(name, value) { if (value) root.setAttribute(name, value); else root.removeAttribute(name); }
  set('data-contrast', s.contrast === 'high' && 'high');
  set('data-font', s.font === 'dyslexia' && 'dyslexia');
  set('data-motion', (s.motion === 'reduced' || s.motion === 'full') && s.motion);
  root.style.fontSize = ${JSON.stringify(TEXT_SIZES.filter((size) => size !== 100))}.indexOf(s.textSize) >= 0 ? s.textSize + '%' : '';
};
window.applyDisplaySettings();`;
