/*
 * Nothing a practitioner did is lost: a link opened over a saved plan keeps that plan (held on
 * the device, offered back in a notice), and a refused save is said once.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '../../src/domain/answers.ts';
import { encodeShareQuery } from '../../src/domain/share-link.ts';
import { serializeSessionRecord } from '../../src/domain/session-record.ts';
import { bootWizard } from '../../flows/wizard-boot.ts';
import { planningMachine, resumeSnapshot } from '../../flows/planning-machine.ts';

const SAVED: Answers = {
  needs: ['youth', 'addiction'],
  ageGroup: 'teen',
  language: 'sv',
  channels: ['chat'],
  access: 'independent',
};
const LINK: Answers = {
  needs: ['older-people'],
  ageGroup: 'older-adult',
  language: 'fi',
  channels: 'any',
  access: 'no-access',
};
const RECORD = serializeSessionRecord({
  version: 1,
  step: 'results',
  answers: SAVED,
  chosenTools: ['netari-fi', 'sekasin-chat'],
  consideredPrompts: ['minor-consent'],
  savedOn: '2026-11-30',
});

/** The planning actor as the wizard starts it from the boot decision. */
function booted(search: string, stored: string | null) {
  const boot = bootWizard(search, stored, '2026-12-03');
  const snapshot = resumeSnapshot(boot.answers, boot.step, {
    plan: { tools: boot.chosenTools, considered: boot.consideredPrompts },
    notices: boot.notices,
    holdRecord: boot.holdRecord,
  });
  return createActor(planningMachine, { input: {}, snapshot }).start();
}

describe('a share link opened over a saved plan', () => {
  it("shows the link's answers, holds the record and can go back to the saved plan with its tools", () => {
    const actor = booted(encodeShareQuery(LINK), RECORD);
    expect(actor.getSnapshot().value).toBe('results');
    expect(actor.getSnapshot().context.answers).toEqual(LINK);
    expect(actor.getSnapshot().context.holdRecord).toBe(true);
    expect(actor.getSnapshot().can({ type: 'session.restoreSaved' })).toBe(true);

    actor.send({ type: 'plan.note', note: 'muistiinpano' });
    actor.send({ type: 'session.restoreSaved' });
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('results');
    expect(context.answers).toEqual(SAVED);
    expect(context.plan).toEqual({
      tools: ['netari-fi', 'sekasin-chat'],
      considered: ['minor-consent'],
      note: 'muistiinpano',
    });
    expect(context.notices).toEqual([]);
    expect(context.holdRecord).toBe(false);
    expect(actor.getSnapshot().can({ type: 'session.restoreSaved' })).toBe(false);
  });

  it('releases the hold on the first change, and the saved plan can still be brought back', () => {
    const actor = booted(encodeShareQuery(LINK), RECORD);
    actor.send({ type: 'nav.goto', step: 'results' });
    expect(actor.getSnapshot().context.holdRecord).toBe(true);
    actor.send({ type: 'review.edit', question: 'language' });
    const { ageGroup, access } = actor.getSnapshot().context.answers;
    actor.send({ type: 'answer.client', ageGroup: ageGroup!, language: 'sv', access: access! });
    expect(actor.getSnapshot().context.holdRecord).toBe(false);
    actor.send({ type: 'session.restoreSaved' });
    expect(actor.getSnapshot().context.plan.tools).toEqual(['netari-fi', 'sekasin-chat']);
  });

  it('a toggled tool or mark is a change too', () => {
    for (const event of [
      { type: 'plan.toggleConsidered', promptId: 'no-access-exclusion' },
      { type: 'catalogue.ready', tools: [] },
    ] as const) {
      const actor = booted(encodeShareQuery(LINK), RECORD);
      actor.send(event);
      expect(actor.getSnapshot().context.holdRecord, event.type).toBe(event.type === 'catalogue.ready');
    }
  });

  it('resumes the saved plan at its first open question when it is partial', () => {
    const partial = serializeSessionRecord({
      version: 1,
      step: 'channels',
      answers: { needs: ['youth'], ageGroup: 'teen', language: 'fi' },
      chosenTools: [],
      consideredPrompts: [],
      savedOn: '2026-11-30',
    });
    const actor = booted(encodeShareQuery(LINK), partial);
    actor.send({ type: 'session.restoreSaved' });
    // Access is not answered, so the step that asks it (about the client) opens.
    expect(actor.getSnapshot().value).toBe('client');
  });

  it('without a saved plan there is nothing to restore', () => {
    const actor = booted(encodeShareQuery(LINK), null);
    expect(actor.getSnapshot().context.holdRecord).toBe(false);
    expect(actor.getSnapshot().can({ type: 'session.restoreSaved' })).toBe(false);
  });
});

describe('storage refused', () => {
  it('adds one notice however often it fails, and again after Start over', () => {
    const actor = createActor(planningMachine, { input: {} }).start();
    actor.send({ type: 'storage.failed' });
    actor.send({ type: 'storage.failed' });
    expect(actor.getSnapshot().context.notices).toEqual([{ kind: 'storage-failed' }]);
    actor.send({ type: 'notices.dismiss' });
    actor.send({ type: 'storage.failed' });
    expect(actor.getSnapshot().context.notices).toEqual([]);
    actor.send({ type: 'wizard.restart' });
    actor.send({ type: 'storage.failed' });
    expect(actor.getSnapshot().context.notices).toEqual([{ kind: 'storage-failed' }]);
  });
});
