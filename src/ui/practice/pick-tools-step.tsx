import { useId, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../domain/answers.ts';
import { catalogue, toolsById } from '../../domain/catalogue-data.ts';
import { MAX_PRACTICE_TOOLS, NO_DIGITAL_TOOL, PracticeToolPick } from '../../domain/scenario.ts';
import { MatchNotices } from '../results/match-notices.tsx';
import { recommend } from '../../engine/recommend.ts';
import { useLabels, useLocalized } from '../shared/labels.ts';
import { useReasonText } from '../results/reason-text.ts';
import { FieldError, Form, StepActions, useStepForm } from '../shared/form.tsx';

const PickToolsForm = z.object({ tools: PracticeToolPick });

interface PickToolsStepProps {
  /** The student's own answers: the list is what the wizard would recommend for them. */
  answers: Answers;
  value: readonly string[];
  /** The pick, and the tool ids that were on the list (only those are marked). */
  onPick: (toolIds: string[], offered: string[]) => void;
  onBack: () => void;
}

/** Up to three methods from the recommendations for the student's answers, with why each fits. */
export function PickToolsStep({ answers, value, onPick, onBack }: PickToolsStepProps) {
  const { t } = useTranslation('practice');
  const { t: tResults } = useTranslation('results');
  const { label } = useLabels();
  const localized = useLocalized();
  const reasonText = useReasonText();
  const countId = useId();
  const result = useMemo(() => recommend(answers, catalogue), [answers]);
  const offered = useMemo(() => new Set(result.items.map((item) => item.toolId)), [result]);
  const { register, handleSubmit, control, errors, errorId } = useStepForm(PickToolsForm, {
    tools: value.filter((id) => id === NO_DIGITAL_TOOL || offered.has(id)),
  });
  const selected = useWatch({ control, name: 'tools' });

  return (
    <Form onSubmit={handleSubmit((form) => onPick(form.tools, [NO_DIGITAL_TOOL, ...offered]))}>
      <MatchNotices result={result} />
      {result.items.length > 0 && (
        <fieldset className="choice-group" aria-describedby={`${countId} ${errorId}`}>
          <legend>{t('pickTools.legend', { max: MAX_PRACTICE_TOOLS })}</legend>
          <p id={countId} className="hint" aria-live="polite">
            {t('pickTools.selectedCount', { count: selected.length, max: MAX_PRACTICE_TOOLS })}
          </p>
          <ul className="choice-list practice-tools">
            <li className="practice-tool" data-tool-id={NO_DIGITAL_TOOL}>
              <label className="choice">
                <input type="checkbox" value={NO_DIGITAL_TOOL} {...register('tools')} />
                <span className="practice-tool__name">{t('pickTools.noDigitalTool')}</span>
              </label>
            </li>
            {result.items.map((item) => {
              const tool = toolsById.get(item.toolId);
              if (!tool) return null;
              const metaId = `practice-tool-${tool.id}-meta`;
              const reasonsId = `practice-tool-${tool.id}-reasons`;
              return (
                <li key={tool.id} className="practice-tool" data-tool-id={tool.id}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      value={tool.id}
                      aria-describedby={item.reasons.length > 0 ? `${metaId} ${reasonsId}` : metaId}
                      {...register('tools')}
                    />
                    <span className="practice-tool__name">{localized(tool.name)}</span>
                  </label>
                  <p id={metaId} className="tool-card__meta">
                    {t('pickTools.provider', { provider: localized(tool.provider) })} ·{' '}
                    {label('kinds', tool.kind)}
                  </p>
                  {item.reasons.length > 0 && (
                    <ul
                      id={reasonsId}
                      className="reason-list reason-list--match"
                      aria-label={tResults('fits')}
                    >
                      {item.reasons.map((reason, i) => (
                        <li key={i}>{reasonText(reason)}</li>
                      ))}
                    </ul>
                  )}
                  {/* The same caveats, in the same words, as the planning results' cards. */}
                  {item.caveats.length > 0 && (
                    <ul className="reason-list reason-list--caveat" aria-label={tResults('caveats')}>
                      {item.caveats.map((caveat, i) => (
                        <li key={i}>{reasonText(caveat)}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      <FieldError id={errorId} message={errors.tools?.message} values={{ max: MAX_PRACTICE_TOOLS }} />
      <StepActions onBack={onBack} />
    </Form>
  );
}
