import { QUESTION_IDS, type QuestionId } from '../src/domain/answers.ts';
import type { AnswerEvent } from './answer-events.ts';

/** The answer event of each question. */
export const ANSWER_EVENT: Record<QuestionId, AnswerEvent['type']> = {
  needs: 'answer.needs',
  ageGroup: 'answer.ageGroup',
  language: 'answer.language',
  channels: 'answer.channels',
  access: 'answer.access',
};

interface QuestionStatesOptions {
  /** Where `nav.back` goes from the first question; undefined: it stays. */
  before: string | undefined;
  /** Where answering the last question goes. */
  after: string;
  /**
   * While a question is open from here (the planning review), answering or going back returns
   * here: guarded by `isEditing` and `validEdit`, undone by `stopEditing`.
   */
  returnTo?: string;
  /** Transitions every question offers besides its own (practice: back to the list). */
  on?: Record<string, Transition>;
}

/** A transition by named guard and actions, as the machines' setup() defines them. */
export interface Transition {
  guard?: string;
  target: string;
  actions?: string | readonly string[];
}

/**
 * The five question states, written once for the planning and the practice statechart.
 * Each question takes its own answer event when `validAnswer` accepts the payload, stores it
 * with `setAnswer` and moves on in QUESTION_IDS order; `nav.back` goes to the question before.
 * A machine using it defines the guards `validAnswer` (and, with `returnTo`, `validEdit` and
 * `isEditing`) and the actions `setAnswer` (and `stopEditing`).
 */
export function questionStates(options: QuestionStatesOptions) {
  const { before, after, returnTo, on } = options;
  const states = {} as Record<QuestionId, { on: Record<string, Transition | Transition[]> }>;
  QUESTION_IDS.forEach((question, i) => {
    const next = QUESTION_IDS[i + 1] ?? after;
    const previous = i === 0 ? before : QUESTION_IDS[i - 1];
    const answer: Transition[] = [{ guard: 'validAnswer', target: next, actions: 'setAnswer' }];
    const back: Transition[] = previous === undefined ? [] : [{ target: previous }];
    if (returnTo !== undefined) {
      answer.unshift({ guard: 'validEdit', target: returnTo, actions: ['setAnswer', 'stopEditing'] });
      back.unshift({ guard: 'isEditing', target: returnTo, actions: 'stopEditing' });
    }
    states[question] = {
      on: { [ANSWER_EVENT[question]]: answer, 'nav.back': back, ...on },
    };
  });
  return states;
}
