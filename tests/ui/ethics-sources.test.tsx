// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { Answers } from '../../src/domain/answers.ts';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { type EthicsSource } from '../../src/domain/ethics.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../src/domain/taxonomy.ts';
import { evaluateEthics } from '../../src/engine/ethics.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { EthicsPanel } from '../../src/ui/results/ethics-panel.tsx';
import { planToText, usePlanDocument, type PlanInput } from '../../src/ui/results/plan-text.ts';
import { createTestI18n } from '../support/test-i18n.ts';

/*
 * A section named only by a secondary page (seenOn) is shown with "section not checked on
 * Finlex"; one read on Finlex (checked) is shown without it: in the sources of a prompt and in
 * the note for the client plan.
 */

/** A teenager in child protection reached by chat: the duty to report shows first. */
const ANSWERS: Answers = {
  needs: ['child-protection'],
  ageGroup: 'teen',
  language: 'fi',
  channels: ['chat'],
  access: 'independent',
};
const RESULT = recommend(ANSWERS, catalogue);
const TOOLS = RESULT.items.slice(0, 5).map((i) => catalogue.find((t) => t.id === i.toolId)!);
const PROMPTS = evaluateEthics(ANSWERS, TOOLS, ethicsRules);

const DUTY = ethicsRules.find((r) => r.id === 'duty-to-report')!;
const lawWith = (which: 'checked' | 'seenOn'): EthicsSource => {
  const found = DUTY.source.find((s) => s.law?.section?.[which] !== undefined);
  if (!found) throw new Error(`duty-to-report has no section that is ${which}`);
  return found;
};
const SEEN = lawWith('seenOn');
const CHECKED = lawWith('checked');

afterEach(cleanup);

const marker = (lang: UiLanguage) => createTestI18n(lang).t('ethics:sectionNotChecked');

function renderPanel(lang: UiLanguage) {
  render(
    <I18nextProvider i18n={createTestI18n(lang)}>
      <EthicsPanel prompts={PROMPTS} considered={[]} onConsideredChange={() => undefined} />
    </I18nextProvider>,
  );
}

/** The note for the client plan as copied text, with every prompt marked considered. */
function PlanText({ input }: { input: PlanInput }) {
  const planDocument = usePlanDocument();
  return <pre data-testid="plan">{planToText(planDocument(input))}</pre>;
}

describe.each(UI_LANGUAGES)('sources of a prompt (%s)', (lang) => {
  it('marks the section seen only on a secondary page and not the one read on Finlex', async () => {
    renderPanel(lang);
    const prompt = screen.getByText(DUTY.prompt[lang]).closest('li')!;
    // The sources are drawn when "why and sources" is opened.
    const i18n = createTestI18n(lang);
    await userEvent.click(
      within(prompt).getByText(i18n.t('ethics:whyAndSources', { count: DUTY.source.length })),
    );
    const sources = await within(prompt).findAllByRole('listitem');
    const seen = sources.find((li) => li.textContent?.startsWith(SEEN[lang]));
    const checked = sources.find((li) => li.textContent?.startsWith(CHECKED[lang]));
    expect(seen).toHaveTextContent(`${SEEN[lang]} (${marker(lang)})`);
    expect(checked).toHaveTextContent(CHECKED[lang]);
    expect(checked?.textContent).not.toContain(marker(lang));
    // Only the sections with seenOn carry the marker.
    const marked = sources.filter((li) => li.textContent?.includes(marker(lang))).length;
    expect(marked).toBe(DUTY.source.filter((s) => s.law?.section?.seenOn).length);
  });

  it('carries the same marks into the note for the client plan', () => {
    render(
      <I18nextProvider i18n={createTestI18n(lang)}>
        <PlanText
          input={{
            answers: ANSWERS,
            result: RESULT,
            chosenTools: [],
            prompts: PROMPTS,
            consideredPrompts: ['duty-to-report'],
            date: '3.12.2026',
            note: '',
          }}
        />
      </I18nextProvider>,
    );
    const text = screen.getByTestId('plan').textContent ?? '';
    const lawLine = text.split('\n').find((line) => line.includes(CHECKED[lang]));
    expect(lawLine?.trim().startsWith(createTestI18n(lang).t('ethics:lawSources'))).toBe(true);
    expect(lawLine).toContain(`${SEEN[lang]} (${marker(lang)})`);
    expect(lawLine).toContain(`${CHECKED[lang]};`);
    expect(lawLine).not.toContain(`${CHECKED[lang]} (${marker(lang)})`);
  });
});
