// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import solid from '@astrojs/solid-js';
import { generateHydrationScript } from 'solid-js/web';
import { appIcons } from './site/integrations/app-icons.ts';
import { islandStylesInHead } from './site/integrations/island-styles.ts';
import { CONSENT_PRE_PAINT_SCRIPT } from './site/scripts/consent-pre-paint.ts';
import { DISPLAY_PRE_PAINT_SCRIPT } from './site/scripts/display-pre-paint.ts';
import { serviceWorker } from './site/integrations/service-worker.ts';

/**
 * SHA-256 CSP source of an inline script's body.
 * @param {string} body
 * @returns {`sha256-${string}`}
 */
function scriptHash(body) {
  return `sha256-${createHash('sha256').update(body).digest('base64')}`;
}

/**
 * Solid puts this inline script before the first hydrated island and Astro does not hash it. The
 * renderer's output is `<script>…</script><!--xs-->`: the hash covers the script's text alone.
 */
function solidHydrationScript() {
  const body = /^<script>([\s\S]*?)<\/script>/.exec(generateHydrationScript())?.[1];
  if (!body) throw new Error("Le script d'hydratation de Solid a changé de forme : mettez à jour astro.config.mjs.");
  return body;
}

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'never',
  build: { format: 'file', inlineStylesheets: 'never' },
  // The icons and the pages are finished first: the service worker precaches them.
  integrations: [solid(), appIcons(), islandStylesInHead(), serviceWorker()],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // The two inline scripts of <head> run before the first paint: display settings, cookie choice.
        hashes: [scriptHash(solidHydrationScript()), scriptHash(DISPLAY_PRE_PAINT_SCRIPT), scriptHash(CONSENT_PRE_PAINT_SCRIPT)],
      },
    },
  },
  devToolbar: { enabled: false },
});
