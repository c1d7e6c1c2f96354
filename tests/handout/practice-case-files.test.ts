import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createActor } from 'xstate';
import { builtInScenarios, practiceMachine } from '../../flows/practice-machine.ts';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { parseCaseFile } from '../../src/domain/case-file.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import { scenarios } from '../../src/domain/scenario-data.ts';

const opened = parseCaseFile(
  'course.json',
  readFileSync(new URL('../../docs/examples/case-file-with-a-bad-case.json', import.meta.url), 'utf8'),
  {
    toolIds: new Set(catalogue.map((t) => t.id)),
    ethicsRuleIds: new Set(ethicsRules.map((r) => r.id)),
    takenCaseIds: new Set(scenarios.map((s) => s.id)),
  },
);

it('offers the good cases of an opened case file after the built-in ones until the file is removed', () => {
  const actor = createActor(practiceMachine, { input: { scenarios } }).start();
  actor.send({ type: 'practice.openCaseFile', file: opened });
  let { context } = actor.getSnapshot();
  expect(context.scenarioIds).toEqual([
    ...scenarios.map((s) => s.id),
    'debt-letters-unopened',
    'grandmother-far-away',
  ]);
  expect(builtInScenarios(context)).toEqual(scenarios);

  // A case from the file can be practised like a built-in one.
  actor.send({ type: 'practice.choose', scenarioId: 'grandmother-far-away' });
  expect(actor.getSnapshot().value).toBe('vignette');
  actor.send({ type: 'practice.exit' });

  // Opening the same file again replaces it rather than listing its cases twice.
  actor.send({ type: 'practice.openCaseFile', file: opened });
  expect(actor.getSnapshot().context.scenarioIds).toHaveLength(scenarios.length + 2);

  actor.send({ type: 'practice.removeCaseFile', file: 'course.json' });
  ({ context } = actor.getSnapshot());
  expect(context.caseFiles).toEqual([]);
  expect(context.scenarioIds).toEqual(scenarios.map((s) => s.id));
  actor.send({ type: 'practice.choose', scenarioId: 'grandmother-far-away' });
  expect(actor.getSnapshot().value).toBe('chooseScenario');
});
