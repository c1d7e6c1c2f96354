import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartialAnswers, StepId } from '../../domain/answers.ts';
import type { UiLanguage } from '../../domain/taxonomy.ts';
import type { AnswerEvent } from '../../../flows/answer-events.ts';
import { questionFrame, StepFrame } from '../shared/step-frame.tsx';
import { NeedsStep } from './needs-step.tsx';
import { ClientStep } from './client-step.tsx';
import { ChannelsStep } from './channels-step.tsx';

interface FormProps {
  answers: PartialAnswers;
  onAnswer: (event: AnswerEvent) => void;
  onBack: (() => void) | undefined;
  /** The primary button's words (default "Next"), e.g. "Show recommendations" before the results. */
  submitLabel?: string | undefined;
  /** The client's language to start with when not answered (see ClientStep); none in practice. */
  suggestedLanguage?: UiLanguage | undefined;
}

interface QuestionStepEntry {
  title: 'needs.title' | 'client.title' | 'channels.title';
  intro?: 'needs.intro';
  form: (props: FormProps) => ReactNode;
}

/**
 * The question steps, written once for the planning wizard and practice mode: each step's
 * title, intro, form, and the answer event the form sends to the statechart (see
 * STEP_QUESTIONS for the questions each step asks).
 */
export const QUESTION_STEPS: Record<StepId, QuestionStepEntry> = {
  needs: {
    title: 'needs.title',
    intro: 'needs.intro',
    form: ({ answers, onAnswer, onBack, submitLabel }) => (
      <NeedsStep
        value={answers.needs}
        onAnswer={(needs) => onAnswer({ type: 'answer.needs', needs })}
        onBack={onBack}
        submitLabel={submitLabel}
      />
    ),
  },
  client: {
    title: 'client.title',
    form: ({ answers, onAnswer, onBack, submitLabel, suggestedLanguage }) => (
      <ClientStep
        value={{ ageGroup: answers.ageGroup, language: answers.language, access: answers.access }}
        suggestedLanguage={suggestedLanguage}
        onAnswer={(client) => onAnswer({ type: 'answer.client', ...client })}
        onBack={onBack}
        submitLabel={submitLabel}
      />
    ),
  },
  channels: {
    title: 'channels.title',
    form: ({ answers, onAnswer, onBack, submitLabel }) => (
      <ChannelsStep
        value={answers.channels}
        onAnswer={(channels) => onAnswer({ type: 'answer.channels', channels })}
        onBack={onBack}
        submitLabel={submitLabel}
      />
    ),
  },
};

interface QuestionScreenProps extends FormProps {
  step: StepId;
  focusOnMount: boolean;
  /** Shown under the step's intro (practice: the case text again). */
  aside?: ReactNode;
  /** Shown under the form (practice: back to the list of cases). */
  footer?: ReactNode;
}

/** One question step on its own screen: progress, the heading that takes focus, the intro, the form. */
export function QuestionScreen({ step, focusOnMount, aside, footer, ...form }: QuestionScreenProps) {
  const { t } = useTranslation('wizard');
  const entry = QUESTION_STEPS[step];
  const intro = entry.intro === undefined ? undefined : <p>{t(entry.intro)}</p>;
  return (
    // Keyed by the step: a new step is drawn afresh, with its own form and focus.
    <StepFrame
      key={step}
      title={t(entry.title)}
      intro={
        intro || aside ? (
          <>
            {intro}
            {aside}
          </>
        ) : undefined
      }
      {...questionFrame(step, focusOnMount)}
    >
      {entry.form(form)}
      {footer}
    </StepFrame>
  );
}
