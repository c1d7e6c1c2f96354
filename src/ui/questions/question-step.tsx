import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartialAnswers, QuestionId } from '../../domain/answers.ts';
import type { AnswerEvent } from '../../../flows/answer-events.ts';
import { questionFrame, StepFrame } from '../shared/step-frame.tsx';
import { NeedsStep } from './needs-step.tsx';
import { AgeGroupStep } from './age-group-step.tsx';
import { LanguageStep } from './language-step.tsx';
import { ChannelsStep } from './channels-step.tsx';
import { AccessStep } from './access-step.tsx';

interface FormProps {
  answers: PartialAnswers;
  onAnswer: (event: AnswerEvent) => void;
  onBack: (() => void) | undefined;
}

interface QuestionStepEntry {
  title: 'needs.title' | 'ageGroup.title' | 'language.title' | 'channels.title' | 'access.title';
  intro?: 'needs.intro' | 'language.intro' | 'access.intro';
  form: (props: FormProps) => ReactNode;
}

/**
 * The five question steps, written once for the planning wizard and practice mode: each
 * step's title, intro, form, and the answer event the form sends to the statechart.
 */
export const QUESTION_STEPS: Record<QuestionId, QuestionStepEntry> = {
  needs: {
    title: 'needs.title',
    intro: 'needs.intro',
    form: ({ answers, onAnswer, onBack }) => (
      <NeedsStep
        value={answers.needs}
        onAnswer={(needs) => onAnswer({ type: 'answer.needs', needs })}
        onBack={onBack}
      />
    ),
  },
  ageGroup: {
    title: 'ageGroup.title',
    form: ({ answers, onAnswer, onBack }) => (
      <AgeGroupStep
        value={answers.ageGroup}
        onAnswer={(ageGroup) => onAnswer({ type: 'answer.ageGroup', ageGroup })}
        onBack={onBack}
      />
    ),
  },
  language: {
    title: 'language.title',
    intro: 'language.intro',
    form: ({ answers, onAnswer, onBack }) => (
      <LanguageStep
        value={answers.language}
        onAnswer={(language) => onAnswer({ type: 'answer.language', language })}
        onBack={onBack}
      />
    ),
  },
  channels: {
    title: 'channels.title',
    form: ({ answers, onAnswer, onBack }) => (
      <ChannelsStep
        value={answers.channels}
        onAnswer={(channels) => onAnswer({ type: 'answer.channels', channels })}
        onBack={onBack}
      />
    ),
  },
  access: {
    title: 'access.title',
    intro: 'access.intro',
    form: ({ answers, onAnswer, onBack }) => (
      <AccessStep
        value={answers.access}
        onAnswer={(access) => onAnswer({ type: 'answer.access', access })}
        onBack={onBack}
      />
    ),
  },
};

interface QuestionScreenProps extends FormProps {
  question: QuestionId;
  focusOnMount: boolean;
  /** Shown under the step's intro (practice: the case text again). */
  aside?: ReactNode;
  /** Shown under the form (practice: back to the list of cases). */
  footer?: ReactNode;
}

/** One question on its own screen: progress, the heading that takes focus, the intro, the form. */
export function QuestionScreen({ question, focusOnMount, aside, footer, ...form }: QuestionScreenProps) {
  const { t } = useTranslation('wizard');
  const step = QUESTION_STEPS[question];
  const intro = step.intro === undefined ? undefined : <p>{t(step.intro)}</p>;
  return (
    // Keyed by the question: a new step is drawn afresh, with its own form and focus.
    <StepFrame
      key={question}
      title={t(step.title)}
      intro={
        intro || aside ? (
          <>
            {intro}
            {aside}
          </>
        ) : undefined
      }
      {...questionFrame(question, focusOnMount)}
    >
      {step.form(form)}
      {footer}
    </StepFrame>
  );
}
