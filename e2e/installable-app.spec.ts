import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { freePort, startServer } from '../server/testing-process.ts';
import { BROWSER_BAR_COLOURS } from '../site/scripts/display-pre-paint.ts';
import { MEMBER_NUMBER, OFFLINE_FRESHNESS, visitPersonalPagesOnline, waitForServiceWorker } from './support/offline.ts';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

test('the manifest is French, opens on the card and lists PNG icons of the sizes it states', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    lang: string;
    start_url: string;
    theme_color: string;
    icons: ManifestIcon[];
  };
  // The manifest cannot import the layout's colour: this is where the two are kept the same.
  expect(manifest).toMatchObject({ lang: 'fr', start_url: '/carte', theme_color: BROWSER_BAR_COLOURS.light });
  const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
  expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of pngs) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    const bytes = await response.body();
    expect(bytes.subarray(1, 4).toString('ascii'), `${icon.src} is a PNG`).toBe('PNG');
    // IHDR: width then height, big-endian, right after the signature and the chunk header.
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});

test('the installed app starts offline on its start page, the card', async ({ baseURL, launchOptions }) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'espace-adherent-app-'));
  const app = await chromium.launchPersistentContext(userDataDir, { ...launchOptions, baseURL: baseURL!, locale: 'fr-FR' });
  try {
    await visitPersonalPagesOnline(app.pages()[0] ?? (await app.newPage()), baseURL!);
    const startUrl = ((await (await app.request.get('/manifest.webmanifest')).json()) as { start_url: string }).start_url;
    await app.setOffline(true);
    const launched = await app.newPage();
    await launched.goto(startUrl);
    await expect(launched.locator('#card-container')).toContainText(MEMBER_NUMBER);
    await expect(launched.locator('#card-freshness')).toContainText(OFFLINE_FRESHNESS);
  } finally {
    await app.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
});

test('a new version waits for the person: a banner offers it, nothing typed is lost', async ({ page }) => {
  // A server of its own, so that a new version can be deployed in the middle of the test.
  const root = await mkdtemp(join(tmpdir(), 'espace-adherent-deploy-'));
  const siteDir = join(root, 'site');
  await cp('dist', siteDir, { recursive: true });
  const env = { SITE_DIR: siteDir, DATA_DIR: join(root, 'data'), HOST: '127.0.0.1', DEMO_MODE: 'false' };
  const port = await freePort();
  let server = await startServer(env, port);
  try {
    await page.goto(`${server.url}/connexion`);
    await waitForServiceWorker(page);
    const email = page.getByLabel('Adresse e-mail');
    await email.fill('en-cours@exemple.fr');
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    server.child.kill();
    await server.exited;
    await appendFile(join(siteDir, 'sw.js'), '\n// nouvelle version\n');
    server = await startServer(env, port);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const banner = page.getByRole('status').filter({ hasText: 'Une nouvelle version est disponible' });
    await expect(banner).toBeVisible();
    // The person decides: waiting longer changes nothing and keeps the field as typed.
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
    await expect(email).toHaveValue('en-cours@exemple.fr');

    await page.getByRole('button', { name: 'Mettre à jour' }).click();
    await page.waitForFunction(() => !('notReloaded' in window));
    await expect(page.getByText('Une nouvelle version est disponible')).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    // The embedded database writes until its process is gone: only then can its folder go.
    server.child.kill();
    await server.exited;
    await rm(root, { recursive: true, force: true, maxRetries: 3 });
  }
});
