import { describe, expect, it } from 'vitest';
import { isValidAnswer, withAnswer, type AnswerEvent } from '../../flows/answer-events.ts';

describe('the answer events both statecharts share', () => {
  const valid: AnswerEvent[] = [
    { type: 'answer.needs', needs: ['youth', 'addiction'] },
    { type: 'answer.ageGroup', ageGroup: 'teen' },
    { type: 'answer.language', language: 'ckb' },
    { type: 'answer.channels', channels: 'any' },
    { type: 'answer.channels', channels: ['chat'] },
    { type: 'answer.access', access: 'skipped' },
  ];
  it.each(valid)('accepts $type with a valid payload', (event) => {
    expect(isValidAnswer(event)).toBe(true);
  });

  const invalid = [
    { type: 'answer.needs', needs: [] },
    { type: 'answer.needs', needs: ['youth', 'youth'] },
    { type: 'answer.ageGroup', ageGroup: 'toddler' },
    { type: 'answer.language', language: 'xx' },
    { type: 'answer.channels', channels: [] },
    { type: 'answer.access', access: undefined },
    { type: 'nav.back' },
  ];
  it.each(invalid)('refuses $type with a bad payload or no answer at all', (event) => {
    expect(isValidAnswer(event)).toBe(false);
  });

  it('applies an answer without sharing the event’s lists', () => {
    const event: AnswerEvent = { type: 'answer.needs', needs: ['youth'] };
    const answers = withAnswer({ ageGroup: 'teen' }, event);
    expect(answers).toEqual({ ageGroup: 'teen', needs: ['youth'] });
    event.needs.push('addiction');
    expect(answers.needs).toEqual(['youth']);
    expect(withAnswer(answers, { type: 'nav.back' })).toBe(answers);
  });
});
