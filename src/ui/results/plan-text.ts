import { useTranslation } from 'react-i18next';
import { QUESTION_IDS, type Answers } from '../../domain/answers.ts';
import { catalogue } from '../../domain/catalogue-data.ts';
import { ethicsRules } from '../../domain/ethics.ts';
import type { EthicsPrompt } from '../../engine/ethics.ts';
import type { RecommendResult } from '../../engine/recommend.ts';
import { useLocalized } from '../labels.ts';
import { useAnswerText } from '../wizard/answer-summary.tsx';
import { useReasonText } from './reason-text.ts';
import { useFactText } from './ethics-panel.tsx';

const toolsById = new Map(catalogue.map((tool) => [tool.id, tool]));
const rulesById = new Map(ethicsRules.map((rule) => [rule.id, rule]));

export interface PlanInput {
  answers: Answers;
  result: RecommendResult;
  chosenTools: readonly string[];
  prompts: readonly EthicsPrompt[];
  consideredPrompts: readonly string[];
  date: string;
  note: string;
}

/** The plan as plain text in the UI language, ready to paste into a client information system. */
export function usePlanText() {
  const { t } = useTranslation('plan');
  const { t: tw } = useTranslation('wizard');
  const localized = useLocalized();
  const answerText = useAnswerText();
  const reasonText = useReasonText();
  const factText = useFactText();

  return (plan: PlanInput): string => {
    const lines: string[] = [];
    const heading = (text: string) =>
      lines.push('', text.toUpperCase(), '-'.repeat(Math.min(text.length, 60)));
    lines.push(t('documentTitle'), t('date', { date: plan.date }));
    heading(t('sections.answers'));
    for (const q of QUESTION_IDS) lines.push(`${tw(`questions.${q}`)}: ${answerText(plan.answers, q)}`);
    heading(t('sections.tools'));
    if (plan.chosenTools.length === 0) lines.push(t('noTools'));
    for (const id of plan.chosenTools) {
      const tool = toolsById.get(id);
      const item = plan.result.items.find((i) => i.toolId === id);
      if (!tool) continue;
      lines.push('', `* ${localized(tool.name)} (${localized(tool.provider)})`);
      lines.push(`  ${localized(tool.summary)}`);
      if (item) {
        for (const r of item.reasons) lines.push(`  + ${reasonText(r)}`);
        for (const c of item.caveats) lines.push(`  ! ${reasonText(c)}`);
      }
      if (tool.url) lines.push(`  ${tool.url}`);
    }
    heading(t('sections.ethics'));
    for (const prompt of plan.prompts) {
      const rule = rulesById.get(prompt.ruleId);
      if (!rule) continue;
      const mark = plan.consideredPrompts.includes(prompt.ruleId)
        ? t('consideredMark')
        : t('notConsideredMark');
      lines.push(`[${mark}] ${localized(rule.prompt)}`);
      lines.push(`    ${t('because')} ${prompt.facts.map(factText).join('; ')}`);
    }
    if (plan.note.trim() !== '') {
      heading(t('sections.note'));
      lines.push(plan.note.trim());
    }
    lines.push('', t('footer'));
    return lines.join('\n').trim() + '\n';
  };
}
