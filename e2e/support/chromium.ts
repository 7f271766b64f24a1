import { execFileSync } from 'node:child_process';

/** The system Chromium: CHROMIUM_PATH, or `chromium` on PATH. Browsers are never downloaded. */
export function chromiumExecutable(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium introuvable : installez le paquet « chromium » ou définissez CHROMIUM_PATH.');
  }
}
