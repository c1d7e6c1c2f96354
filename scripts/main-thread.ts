// Main-thread time of a page load, to compare two builds on a noisy machine where Lighthouse's
// TBT swings by a factor of three between runs: `npx tsx scripts/main-thread.ts <dist> [<dist>…]`
// (`npm run bench:cpu` builds and measures dist/). Loads each page from each build in turn,
// eight times, unthrottled, and prints the median script and task time that Chromium reports
// (Performance.getMetrics). A benchmark: it prints and never fails.
import { preview, type PreviewServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/find-chromium.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 8);
const LINK =
  'needs=older-people,mental-wellbeing&age=older-adult&lang=sv&channels=video,assistive-device&access=needs-support';
const PAGES: [string, string][] = [
  ['first screen (fi)', '?ui=fi'],
  ['results (share link)', `?ui=fi&${LINK}`],
  ['practice', '?ui=fi&mode=practice'],
  ['catalogue', '?ui=fi&mode=catalogue'],
];
// BENCH_PAGES keeps the pages whose name starts with one of its comma-separated words (as in bench-web).
const ONLY = process.env.BENCH_PAGES?.split(',').filter(Boolean);
const dists = process.argv.slice(2);
if (dists.length === 0) dists.push('dist');

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found (set CHROME_PATH).');
const servers: PreviewServer[] = [];
for (const outDir of dists) {
  servers.push(
    await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' }),
  );
}
const urlOf = (s: PreviewServer) => {
  const address = s.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return `http://127.0.0.1:${address.port}/`;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  console.log(`main-thread time, median of ${RUNS} loads, unthrottled, 390 × 844`);
  console.log('| page | build | script ms | task ms |\n|---|---|---|---|');
  for (const [name, query] of PAGES.filter(([name]) => !ONLY || ONLY.some((w) => name.startsWith(w)))) {
    const times = dists.map(() => ({ script: [] as number[], task: [] as number[] }));
    for (let run = 0; run < RUNS; run++) {
      for (const [i, server] of servers.entries()) {
        const context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(urlOf(server) + query);
        // The page's own content: a card, a case or the first question's boxes.
        await page.locator('[data-tool-id], [data-scenario-id], input[type=checkbox]').first().waitFor();
        await page.waitForTimeout(800);
        const { metrics } = await cdp.send('Performance.getMetrics');
        const value = (metric: string) => (metrics.find((m) => m.name === metric)?.value ?? NaN) * 1000;
        times[i]!.script.push(value('ScriptDuration'));
        times[i]!.task.push(value('TaskDuration'));
        await context.close();
      }
    }
    dists.forEach((d, i) =>
      console.log(
        `| ${name} | ${d} | ${median(times[i]!.script).toFixed(0)} | ${median(times[i]!.task).toFixed(0)} |`,
      ),
    );
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
