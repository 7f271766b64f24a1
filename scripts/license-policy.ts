/**
 * The licences a shipped dependency may carry (SPDX identifiers). Permissive ones, and four that
 * ask something we do: name the authors (CC-BY-4.0: the browser-support data of caniuse-lite),
 * ship the files unmodified (MPL-2.0: lightningcss, used at build time; OFL-1.1: the Atkinson
 * Hyperlegible font, served as is), and let the user replace the library (LGPL-3.0-or-later:
 * libvips, loaded as its own shared library by sharp). Anything else stops `npm test` until
 * someone has read it.
 */
export const ALLOWED_LICENSES = new Set([
  'MIT',
  'MIT-0',

  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'Zlib',
  'Python-2.0',
  'CC-BY-4.0',
  'MPL-2.0',
  'OFL-1.1',
  'LGPL-3.0-or-later',
]);

/** The licence of a package.json: its SPDX expression, or the old `licenses` list read as alternatives. */
export function licenseOf(manifest: { license?: unknown; licenses?: unknown }): string | null {
  if (typeof manifest.license === 'string' && manifest.license.trim()) return manifest.license.trim();
  if (typeof manifest.license === 'object' && manifest.license && 'type' in manifest.license) return String(manifest.license.type);
  if (Array.isArray(manifest.licenses) && manifest.licenses.length > 0) {
    return manifest.licenses.map((entry: { type?: unknown }) => String(entry.type)).join(' OR ');
  }
  return null;
}

/** Whether an SPDX expression can be met with allowed licences: one alternative of OR, all parts of AND. */
export function isAllowed(expression: string): boolean {
  const bare = expression.replace(/[()]/g, ' ').trim();
  return bare.split(/\s+OR\s+/).some((alternative) => alternative.split(/\s+AND\s+/).every((part) => ALLOWED_LICENSES.has(part.trim())));
}
