import { describe, expect, it } from 'vitest';
import { isValidAnswer, withAnswer, type AnswerEvent } from '../../flows/answer-events.ts';

describe('the answer events both statecharts share', () => {
  const valid: AnswerEvent[] = [
    { type: 'answer.needs', needs: ['youth', 'addiction'] },
    { type: 'answer.client', ageGroup: 'teen', language: 'ckb', access: 'skipped' },
    { type: 'answer.client', ageGroup: 'older-adult', language: 'fi', access: 'no-access' },
    { type: 'answer.channels', channels: 'any' },
    { type: 'answer.channels', channels: ['chat'] },
  ];
  it.each(valid)('accepts $type with a valid payload', (event) => {
    expect(isValidAnswer(event)).toBe(true);
  });

  const invalid = [
    { type: 'answer.needs', needs: [] },
    { type: 'answer.needs', needs: ['youth', 'youth'] },
    { type: 'answer.client', ageGroup: 'toddler', language: 'fi', access: 'skipped' },
    { type: 'answer.client', ageGroup: 'teen', language: 'xx', access: 'skipped' },
    { type: 'answer.client', ageGroup: 'teen', language: 'fi', access: undefined },
    // A step answers all its questions at once: one missing is no answer.
    { type: 'answer.client', ageGroup: 'teen', language: 'fi' },
    { type: 'answer.channels', channels: [] },
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

  it('applies the three answers of the client step together', () => {
    const event: AnswerEvent = { type: 'answer.client', ageGroup: 'teen', language: 'fi', access: 'skipped' };
    const answers = withAnswer({ needs: ['youth'], language: 'sv' }, event);
    expect(answers).toEqual({ needs: ['youth'], ageGroup: 'teen', language: 'fi', access: 'skipped' });
  });
});
