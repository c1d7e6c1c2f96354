import { describe, expect, it } from 'vitest';
import { explainExtras } from '../../src/engine/practice-extras.ts';
import { scorePractice } from '../../src/engine/practice-score.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { evaluateEthics } from '../../src/engine/ethics.ts';
import { catalogue, toolsWithIds } from '../../src/domain/catalogue-data.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import { scenarios } from '../../src/domain/scenario-data.ts';
import { expertAnswerValues, NO_DIGITAL_TOOL, type Scenario } from '../../src/domain/scenario.ts';

/** The student answers as the expert did and adds `tools` and `ethics` of their own. */
function extrasFor(scenario: Scenario, tools: string[], ethics: string[]) {
  const answers = expertAnswerValues(scenario.expertAnswers);
  const feedback = scorePractice(scenario, { answers, tools, ethics });
  return { feedback, why: explainExtras(scenario, feedback, catalogue, ethicsRules) };
}

const agreedItems = (scenario: Scenario) =>
  recommend(expertAnswerValues(scenario.expertAnswers), catalogue).items;

describe('why the agreed answer leaves out what the student added', () => {
  it('gives one reason per extra method and prompt, and none for what the expert also chose', () => {
    for (const scenario of scenarios) {
      const expertIds = new Set(scenario.expertTools.map((t) => t.id));
      const extraTool = agreedItems(scenario).find((i) => !expertIds.has(i.toolId))?.toolId;
      const extraRule = ethicsRules.find((r) => !scenario.expertEthics.some((e) => e.id === r.id))!.id;
      const tools = [scenario.expertTools[0]!.id, ...(extraTool ? [extraTool] : [])];
      const { feedback, why } = extrasFor(scenario, tools, [extraRule]);
      expect(Object.keys(why.tools).sort(), scenario.id).toEqual([...feedback.tools.extra].sort());
      expect(Object.keys(why.ethics), scenario.id).toEqual(feedback.ethics.extra);
      expect(why.tools[scenario.expertTools[0]!.id]).toBeUndefined();
    }
  });

  it('a method offered on the agreed answers is never "does not fit": its first caveat, or "others chosen"', () => {
    let caveats = 0;
    let plain = 0;
    for (const scenario of scenarios) {
      const expertIds = new Set(scenario.expertTools.map((t) => t.id));
      for (const item of agreedItems(scenario).filter((i) => !expertIds.has(i.toolId))) {
        const { why } = extrasFor(scenario, [item.toolId], []);
        if (item.caveats.length > 0) {
          caveats += 1;
          expect(why.tools[item.toolId]).toEqual({ code: 'caveat', caveat: item.caveats[0] });
        } else {
          plain += 1;
          expect(why.tools[item.toolId]).toEqual({ code: 'lessCentral' });
        }
      }
    }
    // Both branches are met by the real cases, so neither assertion above is vacuous.
    expect(caveats).toBeGreaterThan(0);
    expect(plain).toBeGreaterThan(0);
  });

  it('a method serving none of the agreed needs "does not fit"; "no digital tool" has its own reason', () => {
    const scenario = scenarios.find((s) => !s.humanContactFirst)!;
    const offered = new Set(agreedItems(scenario).map((i) => i.toolId));
    const unfit = catalogue.find((t) => !offered.has(t.id))!;
    const { why } = extrasFor(scenario, [unfit.id, NO_DIGITAL_TOOL], []);
    expect(why.tools[unfit.id]).toEqual({ code: 'notFit' });
    expect(why.tools[NO_DIGITAL_TOOL]).toEqual({ code: 'noDigital' });
  });

  it('a prompt the engine raises for the agreed answers is "less central", one it does not raise is "not raised"', () => {
    let raisedSeen = 0;
    let notRaisedSeen = 0;
    for (const scenario of scenarios) {
      const answers = expertAnswerValues(scenario.expertAnswers);
      const raised = new Set(
        evaluateEthics(answers, toolsWithIds(scenario.expertTools.map((t) => t.id)), ethicsRules).map(
          (p) => p.ruleId,
        ),
      );
      const extra = ethicsRules
        .map((r) => r.id)
        .filter((id) => !scenario.expertEthics.some((e) => e.id === id));
      const { why } = extrasFor(scenario, [scenario.expertTools[0]!.id], extra);
      for (const id of extra) {
        expect(why.ethics[id], `${scenario.id} ${id}`).toBe(raised.has(id) ? 'lessCentral' : 'notRaised');
        if (raised.has(id)) raisedSeen += 1;
        else notRaisedSeen += 1;
      }
    }
    expect(raisedSeen).toBeGreaterThan(0);
    expect(notRaisedSeen).toBeGreaterThan(0);
  });
});
