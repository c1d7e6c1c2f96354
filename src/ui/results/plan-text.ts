import { useTranslation } from 'react-i18next';
import { QUESTION_IDS, type Answers } from '../../domain/answers.ts';
import { toolsById } from '../../domain/catalogue-data.ts';
import { rulesById } from '../../domain/ethics-data.ts';
import { splitPrompts, type EthicsPrompt } from '../../engine/ethics.ts';
import type { RecommendResult } from '../../engine/recommend.ts';
import { useLocalized } from '../shared/labels.ts';
import { useAnswerText } from '../shared/answer-summary.tsx';
import { useReasonText } from './reason-text.ts';
import { useFactText, useSourceText } from './ethics-panel.tsx';

export interface PlanInput {
  answers: Answers;
  result: RecommendResult;
  chosenTools: readonly string[];
  prompts: readonly EthicsPrompt[];
  consideredPrompts: readonly string[];
  date: string;
  note: string;
}

/** The plan translated into the UI language, once: the printout and the copied text both render it. */
export interface PlanDocument {
  title: string;
  date: string;
  answers: { id: string; question: string; answer: string }[];
  tools: {
    id: string;
    heading: string;
    summary: string;
    reasons: string[];
    caveats: string[];
    url?: string;
  }[];
  /** `laws`: the Finnish acts the prompt rests on, as cited (a section not read on Finlex says so). */
  prompts: { id: string; mark: string; question: string; because: string; laws: string[] }[];
  note: string;
  labels: {
    answers: string;
    tools: string;
    noTools: string;
    ethics: string;
    laws: string;
    note: string;
    footer: string;
  };
}

/** Builds the plan document from the answers, the ranking, the chosen tools and the marks. */
export function usePlanDocument() {
  const { t } = useTranslation('plan');
  const { t: tw } = useTranslation('wizard');
  const { t: tr } = useTranslation('results');
  const { t: te } = useTranslation('ethics');
  const localized = useLocalized();
  const answerText = useAnswerText();
  const reasonText = useReasonText();
  const factText = useFactText();
  const sourceText = useSourceText();

  return (plan: PlanInput): PlanDocument => ({
    title: t('documentTitle'),
    date: t('date', { date: plan.date }),
    answers: QUESTION_IDS.map((q) => ({
      id: q,
      question: tw(`questions.${q}`),
      answer: answerText(plan.answers, q),
    })),
    tools: plan.chosenTools.flatMap((id) => {
      const tool = toolsById.get(id);
      if (!tool) return [];
      const item = plan.result.items.find((i) => i.toolId === id);
      return [
        {
          id,
          heading: `${localized(tool.name)} – ${localized(tool.provider)}`,
          summary: localized(tool.summary),
          reasons: item?.reasons.map(reasonText) ?? [],
          caveats: [
            ...(tool.status.state === 'unverified'
              ? [`${tr('status.label.unverified')} – ${tr('status.verify')}`]
              : []),
            ...(item?.caveats.map(reasonText) ?? []),
          ],
          ...(tool.url ? { url: tool.url } : {}),
        },
      ];
    }),
    // The note carries what the practitioner had in view (every must, the default few) and
    // whatever they marked considered; the rest stayed behind "show more" and would only pad it.
    prompts: inTheNote(plan.prompts, plan.consideredPrompts).flatMap((prompt) => {
      const rule = rulesById.get(prompt.ruleId);
      if (!rule) return [];
      const considered = plan.consideredPrompts.includes(prompt.ruleId);
      return [
        {
          id: prompt.ruleId,
          mark: considered ? t('consideredMark') : t('notConsideredMark'),
          question: localized(rule.prompt),
          because: `${t('because')} ${prompt.facts.map(factText).join('; ')}`,
          laws: rule.source.filter((s) => s.kind === 'law').map(sourceText),
        },
      ];
    }),
    note: plan.note.trim(),
    labels: {
      answers: t('sections.answers'),
      tools: t('sections.tools'),
      noTools: t('noTools'),
      ethics: t('sections.ethics'),
      laws: te('lawSources'),
      note: t('sections.note'),
      footer: t('footer'),
    },
  });
}

/** The plan as plain text, ready to paste into a client information system. */
export function planToText(doc: PlanDocument): string {
  const lines: string[] = [doc.title, doc.date];
  const heading = (text: string) => lines.push('', text.toUpperCase(), '-'.repeat(Math.min(text.length, 60)));
  heading(doc.labels.answers);
  for (const a of doc.answers) lines.push(`${a.question}: ${a.answer}`);
  heading(doc.labels.tools);
  if (doc.tools.length === 0) lines.push(doc.labels.noTools);
  for (const tool of doc.tools) {
    lines.push('', `* ${tool.heading}`, `  ${tool.summary}`);
    for (const r of tool.reasons) lines.push(`  + ${r}`);
    for (const c of tool.caveats) lines.push(`  ! ${c}`);
    if (tool.url) lines.push(`  ${tool.url}`);
  }
  heading(doc.labels.ethics);
  for (const p of doc.prompts) {
    lines.push(`[${p.mark}] ${p.question}`, `    ${p.because}`);
    if (p.laws.length > 0) lines.push(`    ${doc.labels.laws} ${p.laws.join('; ')}`);
  }
  if (doc.note !== '') {
    heading(doc.labels.note);
    lines.push(doc.note);
  }
  lines.push('', doc.labels.footer);
  return lines.join('\n').trim() + '\n';
}

/** The prompts the plan's note lists: those shown by default, and any marked considered. */
function inTheNote(prompts: readonly EthicsPrompt[], considered: readonly string[]): EthicsPrompt[] {
  const shown = new Set(splitPrompts(prompts).shown.map((p) => p.ruleId));
  return prompts.filter((p) => shown.has(p.ruleId) || considered.includes(p.ruleId));
}
