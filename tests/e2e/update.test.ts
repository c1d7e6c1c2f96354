import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SECURITY_HEADERS, cacheControl } from '../../scripts/headers.ts';
import { expectNoAxeViolations, openSession } from './support/browser.ts';
import { strings } from './support/strings.ts';

// Two releases behind one origin: dist/ (the suite's build) is deployed first, then a second
// build of another release replaces it, as a county's server would when it is updated.
const FIRST = 'dist';
let second = '';
let served = FIRST;
let server: Server;
let site = '';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A plain static server of the directory in `served`, with a deployment's headers. */
function serve(): Promise<string> {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^\/+/, '');
    let file = join(served, path || 'index.html');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      res.setHeader('Cache-Control', cacheControl(path));
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}/` : '');
    }),
  );
}

/** The built file of a lazily loaded view, from a build's manifest. */
function lazyFile(dir: string, source: RegExp): string {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const entry = Object.entries(manifest).find(([key]) => source.test(key));
  if (!entry) throw new Error(`no ${source} in ${dir}`);
  return entry[1].file;
}

beforeAll(async () => {
  second = mkdtempSync(join(tmpdir(), 'wtn-second-release-'));
  execFileSync('npx', ['vite', 'build', '--outDir', second, '--emptyOutDir', '--logLevel', 'error'], {
    // A production build like dist/ (vitest itself runs with NODE_ENV=test).
    env: { ...process.env, NODE_ENV: 'production', WTN_VERSION: 'update-test' },
    stdio: 'inherit',
  });
  site = await serve();
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (second) rmSync(second, { recursive: true, force: true });
});

const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

describe('a new version is deployed while the app is open', () => {
  it('offers a reload that keeps the answers, and an old tab still loads its own lazy files', async () => {
    const s = strings('en');
    const session = await openSession({ uiLanguage: 'en', serviceWorkers: 'allow' });
    try {
      const { context, page, errors } = session;
      // A practitioner is on the second question; a second tab resumes there from the device.
      await page.goto(`${site}?ui=en&needs=older-people`);
      await page.getByRole('heading', { level: 1, name: s.wizard.client.title }).waitFor();
      await controlled(page);
      const oldTab = await context.newPage();
      await oldTab.goto(`${site}?ui=en`);
      await oldTab.getByRole('heading', { level: 1, name: s.wizard.client.title }).waitFor();
      await controlled(oldTab);
      expect(await cacheNames(page)).toHaveLength(1);

      // The server is updated: the old release's practice view is gone from it.
      const oldPractice = lazyFile(FIRST, /practice-view\.tsx$/);
      expect(lazyFile(second, /practice-view\.tsx$/)).not.toBe(oldPractice);
      served = second;
      expect((await fetch(new URL(oldPractice, site))).status).toBe(404);

      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const notice = page.getByRole('status').filter({ hasText: s.common.update.available });
      await notice.waitFor();
      await expectNoAxeViolations(page, 'the update notice');
      // Nothing changed under the practitioner's hands: still the second question.
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        s.wizard.client.title,
      );

      await Promise.all([
        page.waitForEvent('load'),
        notice.getByRole('button', { name: s.common.update.reload }).click(),
      ]);
      // The new release runs, with the same answers.
      await page.getByRole('heading', { level: 1, name: s.wizard.client.title }).waitFor();
      expect(new URL(page.url()).searchParams.get('needs')).toBe('older-people');
      const scripts = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.slice(1)),
      );
      expect(scripts).toContain(lazyFile(second, /src\/ui\/boot\.tsx$/));

      // The old tab still runs the old release under the new worker: it is offered the reload
      // too, and the view it has not loaded yet still comes, from the old release's cache.
      await oldTab.getByRole('status').filter({ hasText: s.common.update.available }).waitFor();
      expect(await cacheNames(page)).toHaveLength(2);
      // (The same import the old release's code makes; a string, so that vitest leaves it be.)
      const loaded = await oldTab.evaluate(
        `import(new URL(${JSON.stringify(oldPractice)}, document.baseURI).href).then((m) => 'PracticeView' in m || Object.keys(m).length > 0)`,
      );
      expect(loaded).toBe(true);

      // Once no tab runs the old release, its files go.
      await oldTab.close();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: s.wizard.client.title }).waitFor();
      await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
