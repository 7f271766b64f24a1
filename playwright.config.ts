import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './e2e/support/chromium.ts';
import { answeredCookieQuestion } from './e2e/support/consent.ts';

const port = Number(process.env.E2E_PORT ?? 4399);
// Each run starts on an empty embedded database, so runs never depend on one another.
const dataDir = join(mkdtempSync(join(tmpdir(), 'espace-adherent-e2e-')), 'data');

export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  // One browser at a time: the offline test measures a 500 ms display time on a 2-core machine.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    storageState: answeredCookieQuestion('127.0.0.1'),
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node server/main.ts',
    url: `http://127.0.0.1:${port}/api/health`,
    env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', DEMO_MODE: 'true' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
