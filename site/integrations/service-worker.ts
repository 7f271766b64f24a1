import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { siteRoutes } from '../routes.ts';

const SOURCE = fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url));

/**
 * Writes dist/sw.js once the site is built: site/sw/service-worker.ts bundled by esbuild (workbox
 * included, so nothing comes from a CDN), with the list of built files to precache injected.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const workDir = await mkdtemp(join(tmpdir(), 'service-worker-'));
        try {
          const swSrc = join(workDir, 'sw.js');
          await build({
            entryPoints: [SOURCE],
            outfile: swSrc,
            bundle: true,
            format: 'iife',
            minify: true,
            target: 'es2022',
            // Workbox strips its development logging in production builds.
            define: { 'process.env.NODE_ENV': '"production"' },
            logLevel: 'warning',
          });
          const { count, size, warnings } = await injectManifest({
            swSrc,
            swDest: join(outDir, 'sw.js'),
            globDirectory: outDir,
            // Fonts are left out: the dyslexia-friendly one is downloaded only by those who choose it.
            globPatterns: ['**/*.{html,css,js,svg,png,webmanifest}'],
            // The demonstration pages answer 404 outside demonstration mode, which would fail the install.
            globIgnores: ['sw.js', ...siteRoutes.filter((route) => route.demoOnly).map((route) => `${route.path.slice(1)}.html`)],
            // Their names already change with their content.
            dontCacheBustURLsMatching: /^_astro\//,
          });
          for (const warning of warnings) logger.warn(warning);
          logger.info(`sw.js : ${count} fichiers précachés (${Math.round(size / 1024)} Ko)`);
        } finally {
          await rm(workDir, { recursive: true, force: true });
        }
      },
    },
  };
}
