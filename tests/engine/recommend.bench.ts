import { bench, describe } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import type { Answers } from '../../src/domain/answers.ts';
import type { Tool } from '../../src/domain/catalogue.ts';
import { syntheticCatalogue } from './fixtures/synthetic-catalogue.ts';

// Target (ADR 0002): median <= 16 ms (one frame) at 10,000 tools, and roughly linear growth,
// so the 10k / 1k median ratio should stay near 10.
//
// Each catalogue is generated once, deterministically, before its bench warms up (never
// inside the measured function), and dropped when its bench ends. recommend() takes the
// plain list of tools, as the app passes it.
const SIZES = [1_000, 10_000] as const;

// A broad, realistic situation: three needs, a channel preference, partial access, so most
// matching tools carry both reasons and caveats.
const answers: Answers = {
  needs: ['youth', 'addiction', 'mental-wellbeing'],
  ageGroup: 'teen',
  language: 'fi',
  channels: ['game', 'mobile-app'],
  access: 'needs-support',
};

// The vitest table shows mean and p75 but no median, so each bench logs the median of its
// measured iterations (warm-up excluded) when it ends; the last one adds the 10k / 1k ratio.
// (Suite hooks such as afterAll do not run in bench mode.)
const medians = new Map<string, number>();
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const report = (what: string, n: number, times: readonly number[], target = '') => {
  medians.set(`${what} ${n}`, median(times));
  const lines = [
    `${what} ${n.toLocaleString('en')} tools: median ${medians.get(`${what} ${n}`)!.toFixed(3)} ms (${times.length} runs)`,
  ];
  const [small, large] = [medians.get(`${what} 1000`), medians.get(`${what} 10000`)];
  if (small !== undefined && large !== undefined) {
    lines.push(`${what} 10k / 1k median ratio: ${(large / small).toFixed(1)} (linear = 10${target})`);
  }
  console.log(lines.join('\n'));
};

describe('recommend()', () => {
  for (const n of SIZES) {
    let catalogue: readonly Tool[] = [];
    const times: number[] = [];
    bench(
      `${n.toLocaleString('en')} tools`,
      () => {
        const start = performance.now();
        recommend(answers, catalogue);
        times.push(performance.now() - start);
      },
      {
        time: 1_000,
        warmupTime: 300,
        setup: (_task, mode) => {
          if (catalogue.length !== n) catalogue = syntheticCatalogue(n);
          if (mode === 'run') times.length = 0;
        },
        teardown: (_task, mode) => {
          if (mode !== 'run') return;
          report('recommend()', n, times, '; target: 10k median <= 16 ms');
          catalogue = [];
        },
      },
    );
  }
});

// For reading the ratio above: the same walk over the tool objects with nothing but the need
// test. Its growth from 1k to 10k tools is that of the memory hierarchy (1,000 tools fit in
// the CPU caches, 10,000 do not), which recommend() cannot do better than while it reads the
// tool objects as they are.
describe('a bare walk over the tools (for comparison)', () => {
  for (const n of SIZES) {
    let catalogue: readonly Tool[] = [];
    const times: number[] = [];
    bench(
      `${n.toLocaleString('en')} tools`,
      () => {
        const start = performance.now();
        catalogue.filter((tool) => tool.needs.some((need) => answers.needs.includes(need)));
        times.push(performance.now() - start);
      },
      {
        time: 500,
        warmupTime: 100,
        setup: (_task, mode) => {
          if (catalogue.length !== n) catalogue = syntheticCatalogue(n);
          if (mode === 'run') times.length = 0;
        },
        teardown: (_task, mode) => {
          if (mode !== 'run') return;
          report('walk', n, times);
          catalogue = [];
        },
      },
    );
  }
});
