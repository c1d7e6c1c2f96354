/*
 * How tall the results are, in screens, for three typical cases with nothing opened:
 * document.documentElement.scrollHeight / viewport height on a 390 × 844 phone and a
 * 1280 × 800 desktop. Needs a build first: `npx vite build && npx tsx scripts/results-height.ts`.
 */
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/find-chromium.ts';

export const HEIGHT_CASES = {
  youth: 'needs=youth&age=teen&lang=fi&channels=chat&access=independent',
  older: 'needs=older-people&age=older-adult&lang=fi&channels=video,phone&access=needs-support',
  'no-access': 'needs=family-work&age=adult&lang=fi&channels=any&access=no-access',
} as const;

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no port');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const [name, query] of Object.entries(HEIGHT_CASES)) {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      const page = await browser.newPage({ viewport });
      await page.goto(`http://127.0.0.1:${address.port}/?ui=fi&${query}`);
      await page.locator('[data-tool-id]').first().waitFor();
      // The ethics prompts and the plan follow the cards, in a chunk of their own.
      await page.locator('#ethics-heading').waitFor();
      const { height, list, cards } = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        // The page down to the ethics prompts: the header, the answers, filters and the cards.
        list: Math.round(
          document.querySelector('#ethics-heading')!.getBoundingClientRect().top + window.scrollY,
        ),
        cards: document.querySelectorAll('[data-tool-id]').length,
      }));
      console.log(
        `${name.padEnd(10)} ${device.padEnd(8)} ${String(height).padStart(6)} px = ${(height / viewport.height).toFixed(1)} screens (${cards} cards); down to the ethics prompts ${list} px = ${(list / viewport.height).toFixed(1)} screens`,
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
