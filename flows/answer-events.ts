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
  | { type: 'answer.ageGroup'; ageGroup: Answers['ageGroup'] }
  | { type: 'answer.language'; language: Answers['language'] }
  | { type: 'answer.channels'; channels: Answers['channels'] }
  | { type: 'answer.access'; access: Answers['access'] };

/**
 * Whether `event` is an answer whose payload its question accepts (checked with the domain
 * schemas): distinct known needs, a known age group and client language, 'any' or distinct
 * known channels, a known access level or 'skipped'. Statecharts ignore other answers.
 */
export function isValidAnswer(event: { type: string }): boolean {
  const e = event as AnswerEvent;
  switch (e.type) {
    case 'answer.needs':
      return NeedsAnswer.safeParse(e.needs).success;
    case 'answer.ageGroup':
      return AgeGroupAnswer.safeParse(e.ageGroup).success;
    case 'answer.language':
      return LanguageAnswer.safeParse(e.language).success;
    case 'answer.channels':
      return ChannelsAnswer.safeParse(e.channels).success;
    case 'answer.access':
      return AccessAnswer.safeParse(e.access).success;
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
    case 'answer.ageGroup':
      return { ...answers, ageGroup: e.ageGroup };
    case 'answer.language':
      return { ...answers, language: e.language };
    case 'answer.channels':
      return { ...answers, channels: e.channels === 'any' ? 'any' : [...e.channels] };
    case 'answer.access':
      return { ...answers, access: e.access };
    default:
      return answers;
  }
}
