import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What Astro writes before the first island of a page (astro/dist/runtime/server/astro-island-styles.js). */
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/**
 * The page with Astro's island style in its <head>: Astro writes it in the body, right before the
 * first island, where HTML allows no <style>. Its CSP hash is the same wherever it stands.
 */
export function withIslandStyleInHead(html: string): string {
  const at = html.indexOf(ISLAND_STYLE);
  const headEnd = html.indexOf('</head>');
  if (at === -1 || headEnd === -1 || at < headEnd) return html;
  const withoutStyle = html.slice(0, at) + html.slice(at + ISLAND_STYLE.length);
  return withoutStyle.slice(0, headEnd) + ISLAND_STYLE + withoutStyle.slice(headEnd);
}

/** Moves the island style of every built page into its head; runs before the service worker lists the files. */
export function islandStylesInHead(): AstroIntegration {
  return {
    name: 'island-styles-in-head',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const path = join(outDir, page);
          const html = await readFile(path, 'utf8');
          const moved = withIslandStyleInHead(html);
          if (moved !== html) await writeFile(path, moved);
        }
      },
    },
  };
}
