/**
 * How many ethics prompts the results page shows by default, over the practice scenarios
 * (their expert answers) and over a sweep of answer combinations. The considered tools are
 * those the page uses before the practitioner chooses any: the top recommendations.
 *
 * Run: npx tsx scripts/prompt-stats.ts
 */
import type { Answers } from '../src/domain/answers.ts';
import { catalogue, toolsWithIds } from '../src/domain/catalogue-data.ts';
import { ethicsRules } from '../src/domain/ethics-data.ts';
import { expertAnswerValues } from '../src/domain/scenario.ts';
import { scenarios } from '../src/domain/scenario-data.ts';
import { AGE_GROUP_IDS, NEED_IDS, type ClientLanguageId } from '../src/domain/taxonomy.ts';
import { consideredToolIds, evaluateEthics, splitPrompts } from '../src/engine/ethics.ts';
import { recommend } from '../src/engine/recommend.ts';

/** Prompts shown without any click (`shown`), and all that apply (`all`, behind "show more"). */
function promptCounts(answers: Answers): { shown: number; all: number } {
  const result = recommend(answers, catalogue);
  const tools = toolsWithIds(consideredToolIds([], result.items));
  const prompts = evaluateEthics(answers, tools, ethicsRules);
  return { shown: splitPrompts(prompts).shown.length, all: prompts.length };
}

function summary(counts: readonly number[]) {
  const sorted = [...counts].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { cases: sorted.length, median, max: sorted.at(-1) ?? 0, min: sorted[0] ?? 0 };
}

const scenarioCounts = scenarios.map((s) => promptCounts(expertAnswerValues(s.expertAnswers)));

const needSets: Answers['needs'][] = [
  ...NEED_IDS.map((n) => [n]),
  ...NEED_IDS.flatMap((a, i) => NEED_IDS.slice(i + 1).map((b) => [a, b])),
];
const languages: ClientLanguageId[] = ['fi', 'sv', 'se', 'en', 'ar', 'uk'];
const accesses: Answers['access'][] = ['independent', 'needs-support', 'no-access', 'skipped'];
const sweepCounts: { shown: number; all: number }[] = [];
for (const needs of needSets)
  for (const ageGroup of AGE_GROUP_IDS)
    for (const language of languages)
      for (const access of accesses)
        sweepCounts.push(promptCounts({ needs, ageGroup, language, channels: 'any', access }));

console.log(
  JSON.stringify(
    {
      rules: ethicsRules.length,
      scenarios: {
        shownByDefault: summary(scenarioCounts.map((c) => c.shown)),
        allApplying: summary(scenarioCounts.map((c) => c.all)),
      },
      sweep: {
        shownByDefault: summary(sweepCounts.map((c) => c.shown)),
        allApplying: summary(sweepCounts.map((c) => c.all)),
        axes: 'needs: 19 single + 171 pairs; 5 age groups; languages fi sv se en ar uk; 4 access answers; channels any',
      },
    },
    null,
    2,
  ),
);
