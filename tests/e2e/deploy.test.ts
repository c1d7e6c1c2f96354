import { afterEach, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, CACHE_IMMUTABLE, CACHE_NONE } from '../../scripts/headers.ts';
import { baseUrl, openSession, type Session } from './support/browser.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('what a deployment sends', () => {
  it('the page carries the deployment headers and is never cached', async () => {
    const response = await fetch(baseUrl());
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('cache-control')).toBe(CACHE_NONE);
    expect((await fetch(new URL('sw.js', baseUrl()))).headers.get('cache-control')).toBe(CACHE_NONE);
  });

  it('hashed assets are immutable and served compressed', async () => {
    const html = await (await fetch(baseUrl())).text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const response = await fetch(new URL(script!, baseUrl()), { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('cache-control')).toBe(CACHE_IMMUTABLE);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('Chromium reports the app installable from its manifest', async () => {
    session = await openSession({ serviceWorkers: 'allow' });
    const { page } = session;
    await page.goto(`${baseUrl()}?ui=fi`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const manifest = (await (await fetch(new URL('manifest.webmanifest', baseUrl()))).json()) as {
      name: string;
      start_url: string;
      scope: string;
      icons: { sizes: string; purpose: string }[];
    };
    expect(manifest.name).toBe('Hyvinvointiteknologian navigaattori');
    expect(manifest.start_url).toBe('./');
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    const cdp = await session.context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // A test context is always incognito; every other reason (no manifest, no suitable icon,
    // no service worker, bad start_url or scope) would be listed here.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  });
});
