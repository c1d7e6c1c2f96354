import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { SECURITY_HEADERS, CACHE_IMMUTABLE, CACHE_NONE } from '../../scripts/headers.ts';
import { baseUrl, expectNoAxeViolations, openSession, type Session } from './support/browser.ts';
import { strings } from './support/strings.ts';
import type { UiLanguage } from '../../src/domain/taxonomy.ts';
import { buildManifest, fileOf, loaded } from './support/built-files.ts';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/**
 * Holds the app's code back until the returned function is called: what the page shows
 * meanwhile comes from its HTML alone.
 */
async function holdTheApp(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Lets the held app go and checks that it takes over the page's frame in place: its content
 * arrives under the one heading, which has not moved, and the intro is the app's own. Returns
 * that intro.
 */
async function releaseOverFrame(
  page: Page,
  heading: Locator,
  content: string,
  release: () => void,
): Promise<string | null> {
  const intro = await page.locator('.step__intro').textContent();
  expect(await page.locator(content).count()).toBe(0);
  // Meanwhile the frame says the rest is on its way, in the page's language.
  const lang = (await page.evaluate(() => document.documentElement.lang)) as UiLanguage;
  const loading = page.getByRole('status').filter({ hasText: strings(lang).common.loading });
  expect(await loading.isVisible()).toBe(true);
  await expectNoAxeViolations(page, `the ${lang} frame`);
  const before = await heading.boundingBox();
  release();
  await page.locator(content).first().waitFor();
  await loading.waitFor({ state: 'detached' });
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  expect(await heading.boundingBox()).toEqual(before);
  expect(await page.locator('.step__intro').textContent()).toBe(intro);
  return intro;
}

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

  it('paints the first screen from the page itself, then the app takes over those same elements', async () => {
    const s = strings('sv');
    session = await openSession({ uiLanguage: 'sv' });
    const { page, errors } = session;
    const release = await holdTheApp(page);
    await page.goto(baseUrl());
    const heading = page.getByRole('heading', { level: 1, name: s.wizard.needs.title });
    await heading.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await heading.evaluate((h) => (h.dataset.seenBeforeTheApp = 'yes'));
    release();
    // React hydrates the very element that was painted (no second render replacing it)…
    await page.waitForFunction(() => {
      const h = document.querySelector<HTMLElement>('h1[data-seen-before-the-app]');
      return h !== null && Object.keys(h).some((key) => key.startsWith('__reactFiber'));
    });
    // …and the screen works as the app.
    await page.getByLabel(s.need('youth'), { exact: true }).check();
    await page.getByRole('button', { name: s.wizard.next }).click();
    await page.getByRole('heading', { level: 1, name: s.wizard.client.title }).waitFor();
    expect(errors).toEqual([]);
  });

  it("shows practice's heading and intro from the page itself until the app puts the list under them", async () => {
    const s = strings('en');
    session = await openSession({ uiLanguage: 'en' });
    const { page, errors } = session;
    const release = await holdTheApp(page);
    await page.goto(`${baseUrl()}?ui=en&mode=practice`);
    const heading = page.getByRole('heading', { level: 1, name: s.practice.list.title });
    await heading.waitFor();
    expect(await page.getByText(s.practice.list.intro).count()).toBe(1);
    await releaseOverFrame(page, heading, '[data-scenario-id]', release);
    expect(errors).toEqual([]);
    // A case's own address opens that case: no list frame is shown before it.
    await page.unrouteAll();
    const releaseAgain = await holdTheApp(page);
    await page.goto(`${baseUrl()}?ui=en&mode=practice&case=does-not-exist`, {
      waitUntil: 'domcontentloaded',
    });
    expect(await page.evaluate(() => document.getElementById('root')!.childElementCount)).toBe(0);
    releaseAgain();
    await page.getByText(s.practice.notices.unknownScenario).waitFor();
  });

  it("shows the catalogue's heading and intro from the page itself until the app puts the list under them", async () => {
    const s = strings('sv');
    session = await openSession({ uiLanguage: 'sv' });
    const { page, errors } = session;
    const release = await holdTheApp(page);
    await page.goto(`${baseUrl()}?ui=sv&mode=catalogue`);
    const heading = page.getByRole('heading', { level: 1, name: s.results.catalogue.title });
    await heading.waitFor();
    const intro = await releaseOverFrame(page, heading, '[data-tool-id]', release);
    // The page's intro named as many methods as the app lists.
    expect(intro).toContain(String(await page.locator('[data-tool-id]').count()));
    expect(errors).toEqual([]);
  });

  it("shows the results' heading and intro from the page itself until the app puts the cards under them", async () => {
    const s = strings('fi');
    session = await openSession({ uiLanguage: 'fi' });
    const { page, errors } = session;
    const release = await holdTheApp(page);
    // When each preload link enters the page.
    await page.addInitScript(() => {
      const times: Record<string, number> = {};
      (window as unknown as { preloadTimes: typeof times }).preloadTimes = times;
      new MutationObserver((records) => {
        for (const node of records.flatMap((r) => [...r.addedNodes]))
          if (node instanceof HTMLLinkElement && node.rel === 'modulepreload')
            times[node.href] = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl()}?ui=fi&needs=youth&age=teen&lang=fi&channels=chat&access=independent`);
    const heading = page.getByRole('heading', { level: 1, name: s.results.title });
    await heading.waitFor();
    // The results' chunks are asked for while the app is still held, but only after the frame
    // has painted: that paint has the connection to itself.
    const resultsChunk = fileOf('src/ui/results/results-view.tsx');
    await page.waitForFunction(
      (file) =>
        [...document.querySelectorAll('link[rel=modulepreload]')].some((l) =>
          l.getAttribute('href')!.endsWith(file),
        ),
      resultsChunk,
    );
    const { paint, preloads } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      preloads: (window as unknown as { preloadTimes: Record<string, number> }).preloadTimes,
    }));
    // (The shell's own chunks are asked for by the app's entry, as soon as it runs.)
    const viewPreloads = Object.entries(preloads).filter(([href]) =>
      [
        resultsChunk,
        fileOf('src/ui/planning/planning-view.tsx'),
        fileOf('src/i18n/bundle-fi-more.ts'),
        fileOf('src/domain/bundled/catalogue-text-fi.ts'),
      ].some((file) => href.endsWith(file)),
    );
    expect(viewPreloads).toHaveLength(4);
    // The catalogue's text in the other languages is not asked for.
    for (const lang of ['sv', 'en'])
      expect(
        Object.keys(preloads).some((href) =>
          href.endsWith(fileOf(`src/domain/bundled/catalogue-text-${lang}.ts`)),
        ),
      ).toBe(false);
    for (const [href, time] of viewPreloads) expect(time, href).toBeGreaterThanOrEqual(paint);
    // The page's intro is the app's, with the catalogue's size as the app counts it.
    await releaseOverFrame(page, heading, '[data-tool-id]', release);
    expect(errors).toEqual([]);
  });

  it('a language tapped on a frame before the app has loaded opens the same address in it; once the app is there, its own switch works in place', async () => {
    const [fi, sv, en] = [strings('fi'), strings('sv'), strings('en')];
    session = await openSession({ uiLanguage: 'fi' });
    let { page } = session;
    const { errors } = session;
    const languageButton = (name: string) =>
      page
        .getByRole('group', {
          name: new RegExp(`^(${[fi, sv, en].map((x) => x.common.uiLanguage).join('|')})$`),
        })
        .getByRole('button', { name, exact: true });
    let release = await holdTheApp(page);

    // The results of a share link: the frame in Swedish, with the answers kept.
    const link = 'needs=youth&age=teen&lang=fi&channels=chat&access=independent';
    await page.goto(`${baseUrl()}?ui=fi&${link}`);
    await page.getByRole('heading', { level: 1, name: fi.results.title }).waitFor();
    await languageButton('Svenska').click();
    const svHeading = page.getByRole('heading', { level: 1, name: sv.results.title });
    await svHeading.waitFor();
    const query = new URL(page.url()).searchParams;
    expect(query.get('ui')).toBe('sv');
    expect(query.get('needs')).toBe('youth');
    expect(query.get('access')).toBe('independent');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    release();
    await releaseOverFrame(page, svHeading, '[data-tool-id]', () => undefined);

    expect(errors).toEqual([]);

    // The first screen (a device with no record yet), whose buttons the app adopts when it
    // hydrates them.
    await session.close();
    session = await openSession({ uiLanguage: 'fi' });
    const { page: fresh, errors: freshErrors } = session;
    page = fresh;
    release = await holdTheApp(page);
    await page.goto(`${baseUrl()}?ui=fi`);
    await page.getByRole('heading', { level: 1, name: fi.wizard.needs.title }).waitFor();
    await languageButton('English').click();
    const enHeading = page.getByRole('heading', { level: 1, name: en.wizard.needs.title });
    await enHeading.waitFor();
    expect(new URL(page.url()).searchParams.get('ui')).toBe('en');
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    release();
    await page.waitForFunction(() => {
      const h = document.querySelector('h1');
      return h !== null && Object.keys(h).some((key) => key.startsWith('__reactFiber'));
    });
    // Now the app's switch: in place, no new page, the checked need kept.
    await page.getByLabel(en.need('youth'), { exact: true }).check();
    await languageButton('Suomi').click();
    await page.getByRole('heading', { level: 1, name: fi.wizard.needs.title }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(await page.getByLabel(fi.need('youth'), { exact: true }).isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('ui')).toBe('fi');
    expect(freshErrors).toEqual([]);
  });

  it('a share link the app cannot read replaces the results frame with the question to check', async () => {
    const s = strings('en');
    session = await openSession({ uiLanguage: 'en' });
    const { page, errors } = session;
    await page.goto(
      `${baseUrl()}?ui=en&needs=no-such-need&age=teen&lang=fi&channels=chat&access=independent`,
    );
    await page.getByRole('heading', { level: 1, name: s.wizard.needs.title }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: s.results.title }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a later screen is not covered by the prerendered one', async () => {
    const s = strings('en');
    session = await openSession({ uiLanguage: 'en' });
    const { page, errors } = session;
    await page.goto(`${baseUrl()}?ui=en&needs=youth`);
    await page.getByRole('heading', { level: 1, name: s.wizard.client.title }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('each address loads the code of its own view', () => {
  const PLANNING = fileOf('src/ui/planning/planning-view.tsx');
  const FORMS = fileOf('src/ui/questions/question-step.tsx');
  const CATALOGUE = fileOf('src/ui/catalogue/catalogue-view.tsx');
  const TEXT = (lang: string) => fileOf(`src/domain/bundled/catalogue-text-${lang}.ts`);

  it('a share link opens the results without the question forms, which load when an answer is changed', async () => {
    const s = strings('fi');
    session = await openSession({ uiLanguage: 'fi' });
    const { page, requests, errors } = session;
    await page.goto(`${baseUrl()}?ui=fi&needs=youth&age=teen&lang=fi&channels=chat&access=independent`);
    await page.locator('[data-tool-id]').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(loaded(requests, PLANNING)).toBe(true);
    expect(loaded(requests, FORMS)).toBe(false);
    // Changing an answer from the results loads the forms and opens the step with its answers.
    await page.getByText(s.results.yourAnswers).click();
    const edit = s.wizard.review.editLabel.replace('{{question}}', s.wizard.questions.needs);
    await page.getByRole('button', { name: edit }).click();
    await page.getByRole('heading', { level: 1, name: s.wizard.needs.title }).waitFor();
    expect(await page.getByLabel(s.need('youth'), { exact: true }).isChecked()).toBe(true);
    expect(loaded(requests, FORMS)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the page asks for the whole shell at once, which the entry then evaluates a few libraries at a time', () => {
    const manifest = buildManifest();
    const closure = (key: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(key)) return seen;
      seen.add(key);
      for (const next of manifest[key]?.imports ?? []) closure(next, seen);
      return seen;
    };
    // (The entry, index.html's own script, is on the page already.)
    const shell = [...closure('src/ui/boot.tsx')]
      .filter((key) => key !== 'index.html')
      .map((key) => `./${manifest[key]!.file}`);
    const html = readFileSync('dist/index.html', 'utf8');
    const script = /src="\.\/(assets\/first-screen-[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const options = /"shellChunks":(\[[^\]]*\])/.exec(readFileSync(`dist/${script}`, 'utf8'))?.[1];
    expect(JSON.parse(options ?? '[]')).toEqual(expect.arrayContaining(shell));
    expect(shell.length).toBeGreaterThan(3);
  });

  it('asks for each file once: the entry adds no preload links of its own for the shell', async () => {
    session = await openSession({ uiLanguage: 'fi' });
    const { page } = session;
    for (const search of ['?ui=fi', '?ui=fi&needs=youth&age=teen&lang=fi&channels=chat&access=independent']) {
      await page.goto(`${baseUrl()}${search}`);
      await page.waitForLoadState('networkidle');
      const hrefs = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href),
      );
      expect(hrefs.length).toBeGreaterThan(3);
      expect(hrefs.filter((href, i) => hrefs.indexOf(href) !== i)).toEqual([]);
    }
  });

  it('the catalogue loads neither the planning statechart nor the forms; the first screen loads both', async () => {
    session = await openSession({ uiLanguage: 'en' });
    const { page, requests } = session;
    await page.goto(`${baseUrl()}?ui=en&mode=catalogue`);
    await page.locator('[data-tool-id]').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(loaded(requests, CATALOGUE)).toBe(true);
    expect(loaded(requests, PLANNING)).toBe(false);
    expect(loaded(requests, FORMS)).toBe(false);
    // The catalogue's text in the UI language only, until the search field is used.
    expect(['fi', 'sv', 'en'].map((lang) => loaded(requests, TEXT(lang)))).toEqual([false, false, true]);
    requests.length = 0;
    await page.goto(`${baseUrl()}?ui=en`);
    await page.getByRole('heading', { level: 1, name: strings('en').wizard.needs.title }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(loaded(requests, PLANNING)).toBe(true);
    expect(loaded(requests, FORMS)).toBe(true);
    expect(loaded(requests, CATALOGUE)).toBe(false);
    // The questions show nothing of the catalogue: none of its text.
    expect(['fi', 'sv', 'en'].some((lang) => loaded(requests, TEXT(lang)))).toBe(false);
  });
});
