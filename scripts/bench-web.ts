// Lighthouse benchmark of the production build (issue 16). Builds, serves dist/ through the
// preview server (compressed, same headers as a deployment), runs Lighthouse (mobile,
// simulated throttling: the defaults) three times per page against the system Chromium and
// prints the medians. A benchmark, not a test: it prints and never fails on a score.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { preview } from 'vite';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/find-chromium.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_DIST serves another built folder (to compare two builds in turn on a busy machine);
// BENCH_SAVE writes each Lighthouse report to test-results/lighthouse/;
// BENCH_PAGES keeps the pages whose name starts with one of its comma-separated words.
const DIST = process.env.BENCH_DIST;
const ONLY = process.env.BENCH_PAGES?.split(',').filter(Boolean);
const LINK =
  'needs=older-people,mental-wellbeing&age=older-adult&lang=sv&channels=video,assistive-device&access=needs-support';
const PAGES: [string, string][] = [
  ['first screen (fi)', '?ui=fi'],
  ['results (share link)', `?ui=fi&${LINK}`],
  ['practice', '?ui=fi&mode=practice'],
  ['catalogue', '?ui=fi&mode=catalogue'],
];

if (!process.argv.includes('--no-build') && !DIST) execSync('npx vite build', { stdio: 'inherit' });
const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium found (set CHROME_PATH).');
const server = await preview({
  ...(DIST ? { build: { outDir: DIST } } : {}),
  preview: { host: '127.0.0.1', port: 0 },
  logLevel: 'error',
});
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
const loadBefore = load();
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('The preview server has no port');
const base = `http://127.0.0.1:${address.port}/`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const rows: string[][] = [];
const chrome = await launch({
  chromePath,
  chromeFlags: CHROMIUM_ARGS.filter((f) => f !== '--headless').concat('--headless=new'),
});
try {
  for (const [name, query] of PAGES.filter(([name]) => !ONLY || ONLY.some((w) => name.startsWith(w)))) {
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A run Lighthouse could not complete (its `runtimeError`, e.g. no paint seen in time on
      // a machine in a slow spell) has no performance score: it is run again, not counted as 0.
      let result: Awaited<ReturnType<typeof lighthouse>>;
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(base + query, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${name}`);
        const failed =
          result.lhr.runtimeError ??
          (result.lhr.categories.performance?.score == null
            ? { code: 'NO_SCORE', message: 'no performance score' }
            : undefined);
        if (!failed) break;
        if (attempt === 3)
          throw new Error(`Lighthouse failed three times on ${name}: ${failed.code} ${failed.message}`);
        console.warn(
          `${name}, run ${i + 1}: Lighthouse failed (${failed.code}: ${failed.message}); running it again`,
        );
      }
      // BENCH_SAVE keeps each report, to look into what made a page slow (LCP element,
      // main-thread breakdown, request chain).
      if (process.env.BENCH_SAVE) {
        mkdirSync('test-results/lighthouse', { recursive: true });
        writeFileSync(
          `test-results/lighthouse/${name.replace(/[^a-z]+/gi, '-').replace(/-$/, '')}-${i + 1}.json`,
          JSON.stringify(result.lhr),
        );
      }
      const { categories, audits } = result.lhr;
      runs.push({
        perf: (categories.performance?.score ?? 0) * 100,
        a11y: (categories.accessibility?.score ?? 0) * 100,
        bp: (categories['best-practices']?.score ?? 0) * 100,
        fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        // Lighthouse's own measure of how fast the machine ran during this run (higher is
        // faster): on a shared machine, a slow spell shows here as well as in the TBT.
        cpu: result.lhr.environment.benchmarkIndex,
      });
      if (process.env.BENCH_VERBOSE) {
        for (const key of ['accessibility', 'best-practices'] as const)
          for (const ref of categories[key]?.auditRefs ?? [])
            if (ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
              console.log(
                `  ${name}: ${key} ${ref.id}`,
                JSON.stringify(
                  (
                    audits[ref.id]?.details as { items?: { node?: { snippet?: string } }[] } | undefined
                  )?.items
                    ?.map((item) => item.node?.snippet ?? item)
                    .slice(0, 5),
                ),
              );
      }
    }
    const m = (k: string) => median(runs.map((r) => r[k]!));
    rows.push([
      name,
      m('perf').toFixed(0),
      m('a11y').toFixed(0),
      m('bp').toFixed(0),
      `${(m('fcp') / 1000).toFixed(2)} s`,
      `${(m('lcp') / 1000).toFixed(2)} s`,
      `${m('tbt').toFixed(0)} ms`,
      m('cls').toFixed(3),
      runs.map((r) => r.perf!.toFixed(0)).join(' '),
      m('cpu').toFixed(0),
    ]);
  }
} finally {
  chrome.kill();
  await server.close();
}

const head = ['page', 'perf', 'a11y', 'best pr.', 'FCP', 'LCP', 'TBT', 'CLS', 'perf by run', 'CPU index'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(
  `\nLighthouse 12.2.3, mobile, simulated throttling, median of ${RUNS}${DIST ? ` (${DIST})` : ''}`,
);
// The machine may be shared: the load average says how far the figures can be trusted.
console.log(`load average (1, 5, 15 min) before: ${loadBefore}; after: ${load()}`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
