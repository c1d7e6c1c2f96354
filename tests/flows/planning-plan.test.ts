/*
 * The plan follows the answers: a model-based test over a three-tool catalogue. Every
 * shortest path to every reachable (step, needs, plan, notice) state is replayed, and each
 * step of each path is checked against the rule written out plainly: after an answer, the
 * plan holds only tools serving a chosen need, and the ones that left are named in a notice.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import type { NeedId } from '../../src/domain/taxonomy.ts';
import { planningMachine, type PlanningEvent } from '../../flows/planning-machine.ts';
import type { PlanTool } from '../../flows/plan-rules.ts';

type Snapshot = SnapshotFrom<typeof planningMachine>;

const named = (id: string) => ({ fi: id, sv: id, en: id });
const TOOLS: PlanTool[] = [
  { id: 'youth-chat', name: named('youth-chat'), needs: ['youth'] },
  { id: 'addiction-app', name: named('addiction-app'), needs: ['addiction'] },
  { id: 'both-service', name: named('both-service'), needs: ['youth', 'addiction'] },
];

const EVENTS: PlanningEvent[] = [
  { type: 'answer.needs', needs: ['youth'] },
  { type: 'answer.needs', needs: ['addiction'] },
  { type: 'answer.client', ageGroup: 'teen', language: 'fi', access: 'skipped' },
  { type: 'answer.channels', channels: 'any' },
  { type: 'review.edit', question: 'needs' },
  { type: 'plan.toggleTool', toolId: 'youth-chat' },
  { type: 'plan.toggleTool', toolId: 'both-service' },
  { type: 'plan.toggleTool', toolId: 'addiction-app' },
  { type: 'plan.toggleTool', toolId: 'not-in-catalogue' },
  { type: 'notices.dismiss' },
  { type: 'wizard.restart' },
];

const serialize = (s: Snapshot) =>
  JSON.stringify({
    value: s.value,
    answered: Object.keys(s.context.answers).sort(),
    needs: s.context.answers.needs ?? null,
    editing: s.context.editing,
    plan: [...s.context.plan.tools].sort(),
    notices: s.context.notices,
  });

const model = createTestModel(planningMachine, {
  events: EVENTS,
  serializeState: serialize,
  input: { tools: TOOLS },
});
const paths = model.getShortestPaths();

/** The rule, written plainly: the tools of the plan that serve one of the needs. */
const serving = (plan: readonly string[], needs: readonly NeedId[]) =>
  plan.filter((id) => TOOLS.find((t) => t.id === id)!.needs.some((n) => needs.includes(n)));

const droppedNotice = (s: Snapshot) => {
  const notice = s.context.notices.find((n) => n.kind === 'plan-dropped');
  return notice?.kind === 'plan-dropped' ? notice.toolIds : [];
};

describe('planning machine: the plan follows the needs (model-based)', () => {
  it('reaches plans with tools, and states where tools were dropped with a notice', () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.some((p) => p.state.context.plan.tools.length === 2)).toBe(true);
    expect(paths.some((p) => droppedNotice(p.state).includes('youth-chat'))).toBe(true);
  });

  it.each(paths.map((p) => [serialize(p.state), p] as const))('path to %s keeps the rule', (_name, path) => {
    const actor = createActor(planningMachine, { input: { tools: TOOLS } }).start();
    for (const step of path.steps) {
      const event = step.event as PlanningEvent | { type: 'xstate.init' };
      if (event.type === 'xstate.init') continue;
      const before = actor.getSnapshot();
      actor.send(event);
      const after = actor.getSnapshot();
      expect(serialize(after)).toBe(serialize(step.state));
      // Whatever happened, the plan serves the chosen needs.
      const needs = after.context.answers.needs ?? [];
      expect(after.context.plan.tools).toEqual(serving(after.context.plan.tools, needs));
      if (event.type === 'answer.needs') {
        const kept = serving(before.context.plan.tools, event.needs);
        const dropped = before.context.plan.tools.filter((id) => !kept.includes(id));
        expect(after.context.plan.tools).toEqual(kept);
        for (const id of dropped) expect(droppedNotice(after)).toContain(id);
        if (dropped.length === 0) expect(droppedNotice(after)).toEqual(droppedNotice(before));
      }
    }
  });

  it('chooses a tool, edits the needs so it serves none of them: it leaves the plan with a notice', () => {
    const actor = createActor(planningMachine, { input: { tools: TOOLS } }).start();
    for (const event of EVENTS.slice(0, 4).filter((_e, i) => i !== 1)) actor.send(event);
    expect(actor.getSnapshot().value).toBe('results');
    actor.send({ type: 'plan.toggleTool', toolId: 'youth-chat' });
    actor.send({ type: 'plan.toggleTool', toolId: 'both-service' });
    actor.send({ type: 'plan.toggleTool', toolId: 'addiction-app' }); // serves no chosen need: refused
    expect(actor.getSnapshot().context.plan.tools).toEqual(['youth-chat', 'both-service']);
    actor.send({ type: 'review.edit', question: 'needs' });
    actor.send({ type: 'answer.needs', needs: ['addiction'] });
    expect(actor.getSnapshot().value).toBe('results');
    expect(actor.getSnapshot().context.plan.tools).toEqual(['both-service']);
    expect(actor.getSnapshot().context.notices).toEqual([{ kind: 'plan-dropped', toolIds: ['youth-chat'] }]);
    actor.send({ type: 'notices.dismiss', kind: 'plan-dropped' });
    expect(actor.getSnapshot().context.notices).toEqual([]);
  });

  it('starts over in one place: answers, plan and notices', () => {
    const actor = createActor(planningMachine, {
      input: {
        tools: TOOLS,
        answers: { needs: ['youth'] },
        plan: { tools: ['youth-chat', 'addiction-app'], considered: ['rule-a'] },
        notices: [{ kind: 'storage-outdated' }],
      },
    }).start();
    // A resumed plan is held to the same rule as an edited one.
    expect(actor.getSnapshot().context.plan).toEqual({
      tools: ['youth-chat'],
      considered: ['rule-a'],
      note: '',
    });
    actor.send({ type: 'wizard.restart' });
    const { answers, plan, notices, restarts } = actor.getSnapshot().context;
    expect({ answers, plan, notices, restarts }).toEqual({
      answers: {},
      plan: { tools: [], considered: [], note: '' },
      notices: [],
      restarts: 1,
    });
  });

  it('toggles considered prompts only on the results', () => {
    const actor = createActor(planningMachine, { input: { tools: TOOLS } }).start();
    actor.send({ type: 'plan.toggleConsidered', promptId: 'rule-a' });
    expect(actor.getSnapshot().context.plan.considered).toEqual([]);
    for (const event of EVENTS.slice(0, 4).filter((_e, i) => i !== 1)) actor.send(event);
    actor.send({ type: 'plan.toggleConsidered', promptId: 'rule-a' });
    actor.send({ type: 'plan.toggleConsidered', promptId: 'rule-b' });
    actor.send({ type: 'plan.toggleConsidered', promptId: 'rule-a' });
    expect(actor.getSnapshot().context.plan.considered).toEqual(['rule-b']);
  });
});
