import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { openSession, resultsShown } from './support/browser.ts';
import { strings } from './support/strings.ts';

const LINK =
  'needs=older-people,mental-wellbeing&age=older-adult&lang=sv&channels=video,assistive-device&access=needs-support';

// The same dist/ served from a sub-path of a county's site, as deploy/nginx.conf does.
let server: PreviewServer;
let site = '';
beforeAll(async () => {
  server = await preview({
    base: '/navigaattori/',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  site = `http://127.0.0.1:${address.port}/navigaattori/`;
});
afterAll(async () => {
  await server?.close();
});

describe('served under /navigaattori/', () => {
  it('opens a share link, loads only files under the sub-path, and copies a link back to it', async () => {
    const s = strings('en');
    const session = await openSession({
      uiLanguage: 'en',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const { page, requests, errors } = session;
      await page.goto(`${site}?ui=en&${LINK}`);
      await resultsShown(page, s.results.title);
      expect(await page.locator('[data-tool-id]').count()).toBeGreaterThan(2);
      const own = requests.filter((u) => u.startsWith(`http://127.0.0.1:${new URL(site).port}/`));
      expect(own.length).toBeGreaterThan(2);
      expect(own.filter((u) => !u.startsWith(site))).toEqual([]);
      expect(errors).toEqual([]);

      await page.getByRole('button', { name: s.plan.copyLink }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.startsWith(site)).toBe(true);
      await page.goto(copied);
      await resultsShown(page, s.results.title);
    } finally {
      await session.close();
    }
  });
});
