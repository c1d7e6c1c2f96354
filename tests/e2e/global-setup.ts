import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, findChromium } from './support/find-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

let server: PreviewServer | undefined;
let browser: BrowserServer | undefined;

/**
 * One production preview server and one Chromium for the whole browser suite, started here
 * and closed in code. The suite needs `vite build` first (npm run test:e2e does it).
 */
export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('No build found: run `npx vite build` before the browser tests.');
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found for the browser tests: run `npx tsx scripts/ensure-browser.ts` or set CHROME_PATH.',
    );
  }
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'error' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('wsEndpoint', browser.wsEndpoint());
}

export async function teardown() {
  await browser?.close();
  await server?.close();
}
