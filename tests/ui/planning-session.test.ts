/*
 * The planning session's one subscriber: the device record and the address follow the
 * statechart, each new step is one history entry, and back/forward becomes nav.goto.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { planningMachine } from '../../flows/planning-machine.ts';
import type { Answers } from '../../src/domain/answers.ts';
import { SESSION_STORAGE_KEY } from '../../src/domain/session-record.ts';
import { connectPlanningSession, type SessionEffects } from '../../src/ui/planning/planning-session.ts';

/** `deferred`: tasks given to `later` wait for `runLater()`, as the browser's next task would. */
function fakeEffects({ refuse = false, deferred = false } = {}) {
  const stored = new Map<string, string>();
  let queued: (() => void)[] = [];
  let writes = 0;
  const history: { kind: 'push' | 'replace'; step: unknown; url: string }[] = [];
  let pop: ((state: unknown) => void) | undefined;
  let ui: 'fi' | 'sv' | 'en' = 'fi';
  const effects: SessionEffects = {
    storage: {
      set: (key, value) => {
        writes += 1;
        if (refuse) return false;
        stored.set(key, value);
        return true;
      },
    },
    history: {
      pushState: (state, _title, url) =>
        void history.push({ kind: 'push', step: state.step, url: String(url) }),
      replaceState: (state, _title, url) =>
        void history.push({ kind: 'replace', step: state.step, url: String(url) }),
    },
    pathname: () => '/navigaattori/',
    ui: () => ui,
    today: () => '2026-12-03',
    onPopState: (listener) => {
      pop = listener;
      return () => {
        pop = undefined;
      };
    },
    later: (task) => {
      if (!deferred) {
        task();
        return () => {};
      }
      queued.push(task);
      return () => {
        queued = queued.filter((t) => t !== task);
      };
    },
  };
  return {
    effects,
    stored,
    history,
    popTo: (step: string) => pop?.({ step }),
    hasPopListener: () => pop !== undefined,
    writes: () => writes,
    setUi: (lang: typeof ui) => {
      ui = lang;
    },
    runLater: () => {
      const tasks = queued;
      queued = [];
      for (const task of tasks) task();
    },
    queued: () => queued.length,
  };
}

const record = (stored: Map<string, string>) => JSON.parse(stored.get(SESSION_STORAGE_KEY) ?? 'null');

describe('connectPlanningSession', () => {
  it('writes the device record and the address as the answers come, one history entry per step', () => {
    const fake = fakeEffects();
    const actor = createActor(planningMachine, { input: {} }).start();
    const session = connectPlanningSession(actor, fake.effects);
    expect(fake.history).toEqual([{ kind: 'replace', step: 'needs', url: '/navigaattori/?ui=fi' }]);

    actor.send({ type: 'answer.needs', needs: ['youth'] });
    expect(fake.history.at(-1)).toEqual({
      kind: 'push',
      step: 'client',
      url: '/navigaattori/?needs=youth&ui=fi',
    });
    expect(record(fake.stored)).toMatchObject({
      step: 'client',
      answers: { needs: ['youth'] },
      savedOn: '2026-12-03',
    });

    // A language switch rewrites the address in place.
    fake.setUi('sv');
    session.refreshAddress();
    expect(fake.history.at(-1)).toEqual({
      kind: 'replace',
      step: 'client',
      url: '/navigaattori/?needs=youth&ui=sv',
    });
    session.stop();
    actor.send({ type: 'answer.client', ageGroup: 'teen', language: 'fi', access: 'skipped' });
    expect(fake.history).toHaveLength(3);
    expect(fake.hasPopListener()).toBe(false);
  });

  it('writes the opening snapshot in the next task, or before the first change if that comes sooner', () => {
    const answers: Answers = {
      needs: ['youth'],
      ageGroup: 'teen',
      language: 'fi',
      channels: 'any',
      access: 'skipped',
    };
    const opened = () => createActor(planningMachine, { input: { answers } }).start();

    // Nothing happens while the view mounts; the next task writes the record and the address.
    const fake = fakeEffects({ deferred: true });
    connectPlanningSession(opened(), fake.effects);
    expect(fake.writes()).toBe(0);
    expect(fake.history).toEqual([]);
    fake.runLater();
    expect(record(fake.stored)).toMatchObject({ step: 'needs', answers });
    expect(fake.history).toEqual([
      {
        kind: 'replace',
        step: 'needs',
        url: '/navigaattori/?needs=youth&age=teen&lang=fi&channels=any&access=skipped&ui=fi',
      },
    ]);

    // A move before then: the opening step keeps its entry, the move gets a new one, and the
    // next task has nothing left to write.
    const early = fakeEffects({ deferred: true });
    const actor = opened();
    connectPlanningSession(actor, early.effects);
    actor.send({ type: 'nav.goto', step: 'results' });
    expect(early.history.map((h) => [h.kind, h.step])).toEqual([
      ['replace', 'needs'],
      ['push', 'results'],
    ]);
    expect(early.queued()).toBe(0);
    early.runLater();
    expect(early.history).toHaveLength(2);
    expect(record(early.stored).step).toBe('results');

    // A session stopped before the next task writes nothing.
    const stopped = fakeEffects({ deferred: true });
    connectPlanningSession(opened(), stopped.effects).stop();
    stopped.runLater();
    expect(stopped.writes()).toBe(0);
    expect(stopped.history).toEqual([]);
  });

  it('follows back/forward to a step that can open, without a new history entry', () => {
    const fake = fakeEffects();
    const actor = createActor(planningMachine, { input: {} }).start();
    let navigated = 0;
    connectPlanningSession(actor, fake.effects, () => navigated++);
    actor.send({ type: 'answer.needs', needs: ['youth'] });
    actor.send({ type: 'answer.client', ageGroup: 'teen', language: 'fi', access: 'skipped' });
    const entries = fake.history.length;
    fake.popTo('client');
    expect(actor.getSnapshot().value).toBe('client');
    expect(navigated).toBe(1);
    expect(fake.history).toHaveLength(entries + 1);
    expect(fake.history.at(-1)?.kind).toBe('replace');
  });

  it('follows a history entry an earlier version wrote with an old step name to the step of today', () => {
    const fake = fakeEffects();
    const actor = createActor(planningMachine, {
      input: {
        answers: { needs: ['youth'], ageGroup: 'teen', language: 'fi', channels: 'any', access: 'skipped' },
      },
    }).start();
    connectPlanningSession(actor, fake.effects);
    actor.send({ type: 'nav.goto', step: 'results' });
    fake.popTo('language');
    expect(actor.getSnapshot().value).toBe('client');
    fake.popTo('review');
    expect(actor.getSnapshot().value).toBe('results');
    fake.popTo('no-such-step');
    expect(actor.getSnapshot().value).toBe('results');
  });

  it('does not follow an entry whose step cannot open after Start over, and restores the address', () => {
    const fake = fakeEffects();
    const actor = createActor(planningMachine, { input: {} }).start();
    connectPlanningSession(actor, fake.effects);
    actor.send({ type: 'answer.needs', needs: ['youth'] });
    actor.send({ type: 'wizard.restart' });
    fake.popTo('client');
    expect(actor.getSnapshot().value).toBe('needs');
    expect(fake.history.at(-1)).toEqual({ kind: 'replace', step: 'needs', url: '/navigaattori/?ui=fi' });
  });

  it('keeps the plan in the record with ids only, and drops a tool when the catalogue shows it no longer fits', () => {
    const fake = fakeEffects();
    const actor = createActor(planningMachine, {
      input: {
        answers: { needs: ['youth'] },
        plan: { tools: ['old-tool', 'youth-tool'], considered: ['rule-a'] },
      },
    }).start();
    connectPlanningSession(actor, fake.effects);
    expect(record(fake.stored)).toMatchObject({
      chosenTools: ['old-tool', 'youth-tool'],
      consideredPrompts: ['rule-a'],
    });
    const name = (id: string) => ({ fi: id, sv: id, en: id });
    actor.send({
      type: 'catalogue.ready',
      tools: [
        { id: 'old-tool', name: name('old-tool'), needs: ['addiction'] },
        { id: 'youth-tool', name: name('youth-tool'), needs: ['youth'] },
      ],
    });
    expect(record(fake.stored).chosenTools).toEqual(['youth-tool']);
    // The free-text note stays in the statechart, never in the record or the address.
    actor.send({ type: 'plan.note', note: 'Tapaaminen 3.12.' });
    actor.send({ type: 'answer.needs', needs: ['youth'] });
    expect(actor.getSnapshot().context.plan.note).toBe('Tapaaminen 3.12.');
    expect(fake.stored.get(SESSION_STORAGE_KEY)).not.toContain('Tapaaminen');
    expect(fake.history.map((h) => h.url).join()).not.toContain('Tapaaminen');
    expect(actor.getSnapshot().context.notices).toEqual([{ kind: 'plan-dropped', toolIds: ['old-tool'] }]);
  });

  it('writes no record while the statechart holds it, and writes on the first change', () => {
    const fake = fakeEffects();
    fake.stored.set(SESSION_STORAGE_KEY, 'the saved plan');
    const actor = createActor(planningMachine, {
      input: { answers: { needs: ['youth'] }, holdRecord: true },
    }).start();
    connectPlanningSession(actor, fake.effects);
    actor.send({ type: 'nav.goto', step: 'needs' });
    expect(fake.stored.get(SESSION_STORAGE_KEY)).toBe('the saved plan');
    expect(fake.writes()).toBe(0);
    actor.send({ type: 'answer.needs', needs: ['addiction'] });
    expect(record(fake.stored).answers).toEqual({ needs: ['addiction'] });
  });

  it('reports a refused write to the statechart, which says so once', () => {
    const fake = fakeEffects({ refuse: true });
    const actor = createActor(planningMachine, { input: {} }).start();
    connectPlanningSession(actor, fake.effects);
    actor.send({ type: 'answer.needs', needs: ['youth'] });
    actor.send({ type: 'answer.client', ageGroup: 'teen', language: 'fi', access: 'skipped' });
    expect(fake.writes()).toBeGreaterThanOrEqual(2);
    expect(actor.getSnapshot().context.notices).toEqual([{ kind: 'storage-failed' }]);
    actor.send({ type: 'notices.dismiss', kind: 'storage-failed' });
    actor.send({ type: 'answer.channels', channels: 'any' });
    expect(actor.getSnapshot().context.notices).toEqual([]);
  });
});
