import {
  AccessAnswer,
  AgeGroupAnswer,
  ChannelsAnswer,
  LanguageAnswer,
  NeedsAnswer,
  type Answers,
  type PartialAnswers,
} from '../src/domain/answers.ts';

/**
 * The answer events the wizard and the practice statechart share, so the same step forms
 * drive both.
 */
export type AnswerEvent =
  | { type: 'answer.needs'; needs: Answers['needs'] }
  /** The "about the client" step: its three answers together. */
  | {
      type: 'answer.client';
      ageGroup: Answers['ageGroup'];
      language: Answers['language'];
      access: Answers['access'];
    }
  | { type: 'answer.channels'; channels: Answers['channels'] };

/**
 * Whether `event` is an answer whose payload its question accepts (checked with the domain
 * schemas): distinct known needs; a known age group, client language and access level (or
 * 'skipped') together; 'any' or distinct known channels. Statecharts ignore other answers.
 */
export function isValidAnswer(event: { type: string }): boolean {
  const e = event as AnswerEvent;
  switch (e.type) {
    case 'answer.needs':
      return NeedsAnswer.safeParse(e.needs).success;
    case 'answer.client':
      return (
        AgeGroupAnswer.safeParse(e.ageGroup).success &&
        LanguageAnswer.safeParse(e.language).success &&
        AccessAnswer.safeParse(e.access).success
      );
    case 'answer.channels':
      return ChannelsAnswer.safeParse(e.channels).success;
    default:
      return false;
  }
}

/** The answers with one answer applied; lists are copied, so the event stays the caller's. */
export function withAnswer(answers: PartialAnswers, event: { type: string }): PartialAnswers {
  const e = event as AnswerEvent;
  switch (e.type) {
    case 'answer.needs':
      return { ...answers, needs: [...e.needs] };
    case 'answer.client':
      return { ...answers, ageGroup: e.ageGroup, language: e.language, access: e.access };
    case 'answer.channels':
      return { ...answers, channels: e.channels === 'any' ? 'any' : [...e.channels] };
    default:
      return answers;
  }
}
