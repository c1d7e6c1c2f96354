import { useId, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../domain/answers.ts';
import { toolsWithIds } from '../../domain/catalogue-data.ts';
import { ethicsRules, rulesById } from '../../domain/ethics-data.ts';
import { PracticeEthicsMarks } from '../../domain/scenario.ts';
import { evaluateEthics } from '../../engine/ethics.ts';
import { useLocalized } from '../shared/labels.ts';
import { useFactText } from '../results/ethics-panel.tsx';
import { FieldError, Form, StepActions, useStepForm } from '../shared/form.tsx';

const EthicsMarksForm = z.object({ marks: PracticeEthicsMarks });

interface EthicsStepProps {
  answers: Answers;
  /** The methods the student picked: the prompts are the ones the wizard would show for them. */
  toolIds: readonly string[];
  value: readonly string[];
  /** The marks, and the prompt ids that were on screen (only those are marked). */
  onMark: (ruleIds: string[], shown: string[]) => void;
  onBack: () => void;
}

/** The ethics prompts for the student's answers and methods; the student ticks the ones that apply. */
export function EthicsStep({ answers, toolIds, value, onMark, onBack }: EthicsStepProps) {
  const { t } = useTranslation('practice');
  const { t: tEthics } = useTranslation('ethics');
  const localized = useLocalized();
  const factText = useFactText();
  const countId = useId();
  const prompts = useMemo(
    () => evaluateEthics(answers, toolsWithIds(toolIds), ethicsRules),
    [answers, toolIds],
  );
  const shown = useMemo(() => new Set(prompts.map((p) => p.ruleId)), [prompts]);
  const { register, handleSubmit, control, errors, errorId } = useStepForm(EthicsMarksForm, {
    marks: value.filter((id) => shown.has(id)),
  });
  const selected = useWatch({ control, name: 'marks' });

  return (
    <Form onSubmit={handleSubmit((form) => onMark(form.marks, [...shown]))}>
      <fieldset className="choice-group" aria-describedby={`${countId} ${errorId}`}>
        <legend>{t('ethics.legend')}</legend>
        <p id={countId} className="hint" aria-live="polite">
          {t('ethics.selectedCount', { count: selected.length })}
        </p>
        <ul className="prompt-list">
          {prompts.map((prompt) => {
            const rule = rulesById.get(prompt.ruleId);
            if (!rule) return null;
            const becauseId = `practice-prompt-${prompt.ruleId}-because`;
            return (
              <li key={prompt.ruleId} className="prompt practice-prompt" data-prompt-id={prompt.ruleId}>
                <label className="choice">
                  <input
                    type="checkbox"
                    value={prompt.ruleId}
                    aria-describedby={becauseId}
                    {...register('marks')}
                  />
                  <span className="prompt__question">{localized(rule.prompt)}</span>
                </label>
                <p id={becauseId} className="prompt__because">
                  {tEthics('shownBecause', { facts: prompt.facts.map(factText).join('; ') })}
                </p>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <FieldError id={errorId} message={errors.marks?.message} />
      <StepActions onBack={onBack} submitLabel={t('ethics.submit')} />
    </Form>
  );
}
