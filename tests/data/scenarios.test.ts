import { describe, expect, it } from 'vitest';
import scenariosJson from '../../data/scenarios.json';
import {
  checkScenarios,
  EMPTY_PRACTICE_PROGRESS,
  expertAnswerValues,
  NO_DIGITAL_TOOL,
  parsePracticeProgress,
  readPracticeProgress,
  parseScenarios,
  PracticeProgress,
  SCENARIOS_FILE,
} from '../../src/domain/scenario.ts';
import { scenarioIds, scenarios } from '../../src/domain/scenario-data.ts';
import { DataFileError } from '../../src/domain/data-errors.ts';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import { evaluateEthics } from '../../src/engine/ethics.ts';
import { AGE_GROUP_IDS, NEED_IDS, UI_LANGUAGES, type LocalizedText } from '../../src/domain/taxonomy.ts';

const toolIds = new Set(catalogue.map((t) => t.id));
const ethicsRuleIds = new Set(ethicsRules.map((r) => r.id));
const toolById = new Map(catalogue.map((t) => [t.id, t]));

/** Sentences end in . ! or ? followed by a space or the end of the text. */
const sentences = (text: string) => text.trim().match(/[.!?](?=\s|$)/g)?.length ?? 0;

const rationales = (s: (typeof scenarios)[number]): LocalizedText[] => [
  ...Object.values(s.expertAnswers).map((a) => a.rationale),
  ...s.expertTools.map((t) => t.rationale),
  ...s.expertEthics.map((r) => r.rationale),
  ...(s.humanContactNote ? [s.humanContactNote] : []),
];

const broken = (mutate: (file: { scenarios: Record<string, unknown>[] }) => void) => {
  const copy = structuredClone(scenariosJson) as unknown as { scenarios: Record<string, unknown>[] };
  mutate(copy);
  return copy;
};

describe('data/scenarios.json', () => {
  it('parses, with unique ids, and every reference is a real catalogue tool and ethics rule', () => {
    expect(parseScenarios(scenariosJson, { toolIds, ethicsRuleIds })).toEqual(scenarios);
    expect(checkScenarios(SCENARIOS_FILE, scenarios, { toolIds, ethicsRuleIds })).toEqual([]);
    expect(new Set(scenarioIds).size).toBe(scenarios.length);
  });

  it('has at least 18 scenarios covering 12 need rows, every age group, 3 client languages besides Finnish and 2 human-contact-first cases', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(18);
    const needs = new Set(scenarios.flatMap((s) => s.expertAnswers.needs.value));
    expect(needs.size).toBeGreaterThanOrEqual(12);
    expect([...needs].every((n) => (NEED_IDS as readonly string[]).includes(n))).toBe(true);
    expect(new Set(scenarios.map((s) => s.expertAnswers.ageGroup.value))).toEqual(new Set(AGE_GROUP_IDS));
    const languages = new Set(scenarios.map((s) => s.expertAnswers.language.value));
    languages.delete('fi');
    expect(languages.size).toBeGreaterThanOrEqual(3);
    expect(scenarios.filter((s) => s.humanContactFirst).length).toBeGreaterThanOrEqual(2);
  });

  it('gives each expert tool a need of its own scenario, so the recommendations can reach it', () => {
    for (const s of scenarios) {
      for (const { id } of s.expertTools.filter((t) => t.id !== NO_DIGITAL_TOOL)) {
        const tool = toolById.get(id)!;
        expect(
          tool.needs.some((n) => s.expertAnswers.needs.value.includes(n)),
          `${s.id}: ${id} serves none of ${s.expertAnswers.needs.value.join(', ')}`,
        ).toBe(true);
      }
    }
  });

  it('asks only for ethics rules the expert answer triggers, and for every "must" rule it triggers', () => {
    for (const s of scenarios) {
      const tools = s.expertTools.flatMap((t) => toolById.get(t.id) ?? []);
      const prompts = evaluateEthics(expertAnswerValues(s.expertAnswers), tools, ethicsRules);
      const shown = prompts.map((p) => p.ruleId);
      const expert = s.expertEthics.map((r) => r.id);
      expect(
        expert.filter((id) => !shown.includes(id)),
        `${s.id}: expert rules not prompted`,
      ).toEqual([]);
      const musts = prompts.filter((p) => p.kind === 'must').map((p) => p.ruleId);
      expect(
        musts.filter((id) => !expert.includes(id)),
        `${s.id}: "must" prompts the expert leaves out`,
      ).toEqual([]);
    }
  });

  it('lets "no digital tool now" stand only in human-contact-first cases, and uses no retired tool', () => {
    const retired = ['wickr-outreach-youth-work', 'kela-ai', 'espoo-electronic-service-voucher'];
    for (const s of scenarios) {
      const ids = s.expertTools.map((t) => t.id);
      if (ids.includes(NO_DIGITAL_TOOL)) expect(s.humanContactFirst, s.id).toBe(true);
      expect(
        ids.filter((id) => retired.includes(id)),
        s.id,
      ).toEqual([]);
    }
  });

  it('covers the legal frame: duty to report, own language, surveillance, someone acting for the client', () => {
    const raising = (rule: string) => scenarios.filter((s) => s.expertEthics.some((e) => e.id === rule));
    for (const rule of [
      'duty-to-report',
      'own-language-service',
      'surveillance-technology',
      'someone-acts-for-client',
    ])
      expect(raising(rule).length, rule).toBeGreaterThanOrEqual(1);
    // The withdrawn 15-year-old: duty to report first, face-to-face support, no digital tool needed.
    const teen = scenarios.find((s) => s.id === 'teen-worried-about-home')!;
    expect(teen.humanContactFirst).toBe(true);
    expect(teen.expertEthics[0]!.id).toBe('duty-to-report');
    expect(teen.expertTools[0]!.id).toBe(NO_DIGITAL_TOOL);
    // The widower without a device gets no video visits.
    const widower = scenarios.find((s) => s.id === 'older-widower-no-internet')!;
    expect(widower.expertTools.map((t) => t.id)).not.toContain('home-care-video-visits');
    expect(widower.expertTools.flatMap((t) => toolById.get(t.id)?.channels ?? [])).not.toContain('video');
    // ... and his low mood is met, in every language.
    const moodWords = { fi: /alakulo|mieliala/, sv: /nedstämdhet|humör/, en: /low mood|mood/ };
    for (const lang of UI_LANGUAGES)
      expect(widower.expertTools.map((t) => t.rationale[lang]).join(' '), `widower ${lang}`).toMatch(
        moodWords[lang],
      );
    // The Sami speaker in Utsjoki: own language, no Espoo service, no interpreter in place of it.
    const sami = scenarios.find((s) => s.id === 'sami-young-adult-moving-out')!;
    expect(sami.expertEthics.map((e) => e.id)).toContain('own-language-service');
    expect(sami.expertEthics.map((e) => e.id)).not.toContain('interpreter-right');
    for (const { id } of sami.expertTools)
      expect(toolById.get(id)?.provider.en ?? '', id).not.toMatch(/Espoo/);
    // Separation cases screen for violence.
    for (const s of scenarios.filter((x) => x.expertAnswers.needs.value.includes('separation-support')))
      expect(
        s.expertEthics.map((e) => e.id),
        s.id,
      ).toContain('tech-facilitated-abuse');
    // Kela's basic social assistance is applied for at Kela, not at the social welfare office.
    // Every sentence that names basic social assistance names Kela with it, in every language.
    const basic = {
      fi: /perustoimeentulotu/,
      sv: /grundläggande utkomststöd/,
      en: /basic social assistance/,
    };
    const kela = { fi: /Kela/, sv: /FPA/, en: /Kela/ };
    let named = 0;
    for (const s of scenarios)
      for (const lang of UI_LANGUAGES)
        for (const sentence of s.vignette[lang].split(/(?<=[.!?])\s+/))
          if (basic[lang].test(sentence)) {
            named++;
            expect(sentence, `${s.id} ${lang}`).toMatch(kela[lang]);
          }
    expect(named).toBeGreaterThanOrEqual(3);
  });

  it('raises the crisis rule and human contact first in every social emergency', () => {
    for (const s of scenarios.filter((x) => x.expertAnswers.needs.value.includes('social-emergency'))) {
      expect(s.humanContactFirst, s.id).toBe(true);
      expect(
        s.expertEthics.map((r) => r.id),
        s.id,
      ).toContain('crisis-human-contact-first');
    }
  });

  it('has 3-6 sentence vignettes and one-line rationales, translated in every language', () => {
    for (const s of scenarios) {
      for (const lang of UI_LANGUAGES) {
        const count = sentences(s.vignette[lang]);
        expect(count, `${s.id}.vignette.${lang} has ${count} sentences`).toBeGreaterThanOrEqual(3);
        expect(count, `${s.id}.vignette.${lang} has ${count} sentences`).toBeLessThanOrEqual(6);
      }
      for (const text of [s.title, s.vignette, ...rationales(s)]) {
        // A text copied into another language unchanged is an untranslated text.
        expect(new Set(UI_LANGUAGES.map((l) => text[l])).size, `${s.id}: ${text.en}`).toBe(3);
      }
      for (const text of rationales(s)) {
        for (const lang of UI_LANGUAGES) {
          expect(text[lang], `${s.id}: ${text[lang]}`).not.toMatch(/\n/);
          expect(text[lang].length, `${s.id}: ${text[lang]}`).toBeLessThanOrEqual(220);
        }
      }
    }
  });

  it('names file, scenario id, field and reason when an entry is broken', () => {
    const bad = broken((f) => {
      const first = f.scenarios[0] as { expertAnswers: { needs: { value: string[] } } };
      first.expertAnswers.needs.value = ['divorce'];
    });
    expect(() => parseScenarios(bad)).toThrow(DataFileError);
    try {
      parseScenarios(bad);
    } catch (error) {
      expect((error as DataFileError).problems).toEqual([
        `${SCENARIOS_FILE}: ${scenarios[0]!.id}.expertAnswers.needs.value[0]: unknown need "divorce"`,
      ]);
    }
  });

  it('reports unknown references, repeated ids, and a missing human-contact note', () => {
    const first = scenarios[0]!;
    const problems = checkScenarios(
      SCENARIOS_FILE,
      [first, { ...first, expertTools: [{ ...first.expertTools[0]!, id: 'no-such-tool' }] }],
      { toolIds, ethicsRuleIds },
    );
    expect(problems).toEqual([
      `${SCENARIOS_FILE}: ${first.id}: id is used by more than one scenario`,
      `${SCENARIOS_FILE}: ${first.id}.expertTools[0].id: unknown catalogue id "no-such-tool"`,
    ]);
    const noNote = broken((f) => {
      f.scenarios[0]!.humanContactFirst = true;
      delete f.scenarios[0]!.humanContactNote;
    });
    expect(() => parseScenarios(noNote)).toThrow(
      /humanContactNote: is required when humanContactFirst is true/,
    );
    const tooMany = broken((f) => {
      const tools = f.scenarios[0]!.expertTools as unknown[];
      f.scenarios[0]!.expertTools = [...tools, ...tools, ...tools, ...tools].slice(0, 4);
    });
    expect(() => parseScenarios(tooMany)).toThrow(/expertTools: has more than 3 expert tools/);
  });
});

describe('practice progress record', () => {
  it('accepts completed ids with best percents, and nothing else', () => {
    const good = {
      schemaVersion: 1,
      completed: ['gambling-first-step'],
      best: { 'gambling-first-step': 72 },
    };
    expect(PracticeProgress.parse(good)).toEqual(good);
    for (const bad of [
      { ...good, schemaVersion: 2 },
      { ...good, answers: { needs: ['addiction'] } },
      { ...good, best: { 'gambling-first-step': 101 } },
      { ...good, best: { 'gambling-first-step': 50.5 } },
      { ...good, best: { 'other-case': 50 } },
      { ...good, completed: ['a', 'a'] },
    ]) {
      expect(PracticeProgress.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('starts over with an empty record when the stored one does not parse', () => {
    expect(parsePracticeProgress('{not json')).toEqual(EMPTY_PRACTICE_PROGRESS);
    expect(parsePracticeProgress({ schemaVersion: 0 })).toEqual(EMPTY_PRACTICE_PROGRESS);
    expect(parsePracticeProgress(null)).toEqual(EMPTY_PRACTICE_PROGRESS);
  });
});

describe('readPracticeProgress', () => {
  it('reads a good record, and says when a stored record had to be dropped', () => {
    const good = { schemaVersion: 1, completed: ['a-case'], best: { 'a-case': 80 } };
    expect(readPracticeProgress(JSON.stringify(good))).toEqual({ progress: good, corrupted: false });
    expect(readPracticeProgress(null)).toEqual({ progress: EMPTY_PRACTICE_PROGRESS, corrupted: false });
    expect(readPracticeProgress('{not json')).toEqual({ progress: EMPTY_PRACTICE_PROGRESS, corrupted: true });
    expect(readPracticeProgress('{"schemaVersion":2}')).toEqual({
      progress: EMPTY_PRACTICE_PROGRESS,
      corrupted: true,
    });
  });
});
