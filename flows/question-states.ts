import { STEP_IDS, type StepId } from '../src/domain/answers.ts';
import type { AnswerEvent } from './answer-events.ts';

/** The answer event of each step (see STEP_QUESTIONS for the questions it answers). */
export const ANSWER_EVENT: Record<StepId, AnswerEvent['type']> = {
  needs: 'answer.needs',
  client: 'answer.client',
  channels: 'answer.channels',
};

interface QuestionStatesOptions {
  /** Where `nav.back` goes from the first step; undefined: it stays. */
  before: string | undefined;
  /** Where answering the last step goes. */
  after: string;
  /**
   * While a step is open from here (the planning results), answering or going back returns
   * here: guarded by `isEditing` and `validEdit`, undone by `stopEditing`.
   */
  returnTo?: string;
  /** Transitions every step offers besides its own (practice: back to the list). */
  on?: Record<string, Transition>;
}

/** A transition by named guard and actions, as the machines' setup() defines them. */
export interface Transition {
  guard?: string;
  target: string;
  actions?: string | readonly string[];
}

/**
 * The question steps' states (STEP_IDS: needs, about the client, channels), written once for
 * the planning and the practice statechart. Each step takes its own answer event when
 * `validAnswer` accepts the payload, stores it with `setAnswer` and moves on in STEP_IDS
 * order; `nav.back` goes to the step before. Answering never moves on by itself: the form
 * sends the event when the practitioner submits it.
 * A machine using it defines the guards `validAnswer` (and, with `returnTo`, `validEdit` and
 * `isEditing`) and the actions `setAnswer` (and `stopEditing`).
 */
export function questionStates(options: QuestionStatesOptions) {
  const { before, after, returnTo, on } = options;
  const states = {} as Record<StepId, { on: Record<string, Transition | Transition[]> }>;
  STEP_IDS.forEach((step, i) => {
    const next = STEP_IDS[i + 1] ?? after;
    const previous = i === 0 ? before : STEP_IDS[i - 1];
    const answer: Transition[] = [{ guard: 'validAnswer', target: next, actions: 'setAnswer' }];
    const back: Transition[] = previous === undefined ? [] : [{ target: previous }];
    if (returnTo !== undefined) {
      answer.unshift({ guard: 'validEdit', target: returnTo, actions: ['setAnswer', 'stopEditing'] });
      back.unshift({ guard: 'isEditing', target: returnTo, actions: 'stopEditing' });
    }
    states[step] = {
      on: { [ANSWER_EVENT[step]]: answer, 'nav.back': back, ...on },
    };
  });
  return states;
}
