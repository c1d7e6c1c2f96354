import { mkdirSync } from 'node:fs';
import { expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import type { UiLanguage } from '../../../src/domain/taxonomy.ts';

export const SCREENSHOT_DIR = 'test-results/screenshots';

let shared: Browser | undefined;

/** The suite's Chromium (started once in global setup). */
export async function browser(): Promise<Browser> {
  if (!shared || !shared.isConnected()) shared = await chromium.connect(inject('wsEndpoint'));
  return shared;
}

export const baseUrl = () => inject('baseUrl');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, for the no-foreign-requests check. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close: () => Promise<void>;
}

/** A fresh context (no storage) and page; records every request and every page error. */
export async function openSession(
  options: { uiLanguage?: UiLanguage; serviceWorkers?: 'allow' | 'block'; permissions?: string[] } = {},
): Promise<Session> {
  const b = await browser();
  const context = await b.newContext({
    locale: options.uiLanguage === 'sv' ? 'sv-FI' : options.uiLanguage === 'en' ? 'en-GB' : 'fi-FI',
    serviceWorkers: options.serviceWorkers ?? 'block',
    viewport: { width: 1000, height: 900 },
    permissions: options.permissions ?? [],
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, requests, errors, close: () => context.close() };
}

/**
 * Writes device storage before the app runs. It sets the items on a static file of the same
 * origin, so no app code can write its own record afterwards and overwrite the seed (the wizard
 * saves its record when it mounts, which can land after `page.goto` resolves).
 */
export async function seedStorage(page: Page, items: Record<string, string>): Promise<void> {
  await page.goto(new URL('favicon.svg', baseUrl()).href);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, items);
}

/**
 * Waits until the results are there: their heading, and the cards under it. A share link's
 * heading is painted from the page before the app has loaded, so the heading alone is not yet
 * the results.
 */
export async function resultsShown(page: Page, title: string): Promise<void> {
  await page.locator('h1', { hasText: title }).waitFor();
  await page.locator('[data-tool-id]').first().waitFor();
}

/** Runs axe with the WCAG 2.1 A and AA rules and returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Fails with the readable violations when axe finds any; `where` names the screen. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

/** The requested URLs that left the app's own origin (data: and blob: URLs stay on the device). */
export const foreignRequests = (urls: readonly string[]): string[] =>
  urls.filter((u) => !u.startsWith(baseUrl()) && !u.startsWith('data:') && !u.startsWith('blob:'));

/** Saves a full-page screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** The text content of the element that has focus, and its tag. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '' };
  });
