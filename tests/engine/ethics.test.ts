import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  consideredToolIds,
  DEFAULT_PROMPT_LIMIT,
  evaluateEthics,
  groupFacts,
  splitPrompts,
  type EthicsFact,
  type EthicsPrompt,
} from '../../src/engine/ethics.ts';
import { EthicsRule, type EthicsTrigger } from '../../src/domain/ethics.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import type { Answers } from '../../src/domain/answers.ts';
import type { Tool } from '../../src/domain/catalogue.ts';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  AUDIENCE_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  MULTILINGUAL,
  NEED_IDS,
  PLATFORM_IDS,
  TOOL_FLAG_IDS,
  TOOL_KIND_IDS,
  type AudienceId,
  type ChannelId,
  type NeedId,
  type PlatformId,
  type ToolFlagId,
  type ToolKindId,
  type ToolLanguageId,
} from '../../src/domain/taxonomy.ts';

const text = (s: string) => ({ fi: s, sv: s, en: s });

interface ToolShape {
  id: string;
  flags?: ToolFlagId[];
  platform?: PlatformId | null;
  kind?: ToolKindId;
  channels?: ChannelId[];
  languages?: ToolLanguageId[];
  audience?: AudienceId[];
  needs?: NeedId[];
}

/** A valid tool; only the fields the ethics rules read vary. Defaults trigger no rule. */
function makeTool(shape: ToolShape): Tool {
  const needs = shape.needs ?? ['service-guidance'];
  return {
    id: shape.id,
    name: text(shape.id),
    summary: text(`Synthetic tool ${shape.id}`),
    provider: text('Test provider'),
    providerType: 'municipality',
    needs,
    ageGroups: [...AGE_GROUP_IDS],
    languages: shape.languages ?? ['fi', 'sv', 'en'],
    channels: shape.channels ?? ['web'],
    kind: shape.kind ?? 'information',
    audience: shape.audience ?? ['client'],
    requires: { device: 'any', account: false, internet: true },
    dataProcessing: { commercialPlatform: shape.platform ?? null, note: text('-') },
    flags: shape.flags ?? [],
    includes: [],
    source: { table: 'Table 1', rows: [needs[0] ?? 'service-guidance'], footnotes: [], provider: text('-') },
    inferred: [],
    status: { state: 'unverified', checked: '2024-01-01' },
  };
}

/** Defaults: an adult Finnish-speaking client using digital services on their own. */
const makeAnswers = (over: Partial<Answers> = {}): Answers => ({
  needs: ['service-guidance'],
  ageGroup: 'adult',
  language: 'fi',
  channels: 'any',
  access: 'independent',
  ...over,
});

const T = {
  plain: makeTool({ id: 'plain' }),
  whatsapp: makeTool({
    id: 'whatsapp-group',
    platform: 'whatsapp',
    kind: 'communication-platform',
    channels: ['chat'],
    languages: [MULTILINGUAL],
  }),
  translator: makeTool({
    id: 'translator',
    flags: ['machine-translation'],
    kind: 'translation',
    platform: 'google-translate',
    languages: [MULTILINGUAL],
  }),
  robot: makeTool({ id: 'robot', flags: ['robot'], kind: 'robotics', channels: ['assistive-device'] }),
  exo: makeTool({ id: 'exoskeleton', kind: 'assistive-technology', channels: ['assistive-device'] }),
  homeVideo: makeTool({
    id: 'home-video',
    flags: ['video-in-home'],
    kind: 'remote-rehabilitation',
    channels: ['video'],
  }),
  prisonVideo: makeTool({
    id: 'prison-video',
    flags: ['video-in-institution'],
    kind: 'communication-platform',
    channels: ['video'],
  }),
  kelaAi: makeTool({
    id: 'kela-ai',
    flags: ['automated-decision'],
    kind: 'e-service',
    needs: ['benefit-applicants'],
  }),
  selfTest: makeTool({ id: 'self-test', flags: ['self-test'], kind: 'self-assessment' }),
  peer: makeTool({ id: 'peer-chat', flags: ['peer-group'], kind: 'peer-support', channels: ['chat'] }),
  anon: makeTool({ id: 'anon-chat', flags: ['anonymous'], kind: 'counselling', channels: ['chat'] }),
  records: makeTool({ id: 'records', flags: ['records-client-data'], kind: 'planning-tool' }),
  ageLimit: makeTool({ id: 'age-limited', flags: ['age-limit'], kind: 'learning-game', channels: ['game'] }),
  family: makeTool({
    id: 'family-app',
    audience: ['family'],
    kind: 'planning-tool',
    channels: ['mobile-app'],
  }),
  emergencyForms: makeTool({ id: 'emergency-forms', kind: 'e-service', needs: ['social-emergency'] }),
};

const rule = (id: string, trigger: EthicsTrigger, kind: EthicsRule['kind'] = 'check'): EthicsRule =>
  EthicsRule.parse({
    id,
    kind,
    trigger,
    prompt: text(`${id}?`),
    why: text(id),
    source: [{ kind: 'article', ...text('test') }],
  });

const byId = new Map(ethicsRules.map((r) => [r.id, r]));
const bundled = (id: string): EthicsRule => {
  const r = byId.get(id);
  if (!r) throw new Error(`no bundled rule "${id}"`);
  return r;
};

/** Facts of one rule for one situation, or undefined when the rule does not fire. */
const factsOf = (r: EthicsRule, answers: Answers, tools: readonly Tool[]): EthicsFact[] | undefined => {
  const prompts = evaluateEthics(answers, tools, [r]);
  expect(prompts.length).toBeLessThanOrEqual(1);
  return prompts[0]?.facts;
};

const ALWAYS: EthicsFact[] = [{ code: 'always' }];

describe('evaluateEthics: the trigger language', () => {
  const run = (trigger: EthicsTrigger, answers = makeAnswers(), tools: readonly Tool[] = [T.plain]) =>
    factsOf(rule('r', trigger), answers, tools);

  it('always holds, with the fact "always"', () => {
    expect(run({ always: true }, makeAnswers(), [])).toEqual(ALWAYS);
  });

  it('ageGroupIn holds for a listed age group only', () => {
    expect(run({ ageGroupIn: ['child', 'teen'] }, makeAnswers({ ageGroup: 'teen' }))).toEqual([
      { code: 'answer.ageGroup', ageGroup: 'teen' },
    ]);
    expect(run({ ageGroupIn: ['child', 'teen'] }, makeAnswers({ ageGroup: 'young-adult' }))).toBeUndefined();
  });

  it('needsAny names every selected need it lists, in answer order', () => {
    const answers = makeAnswers({ needs: ['youth', 'addiction', 'immigrants'] });
    expect(run({ needsAny: ['immigrants', 'youth'] }, answers)).toEqual([
      { code: 'answer.need', need: 'youth' },
      { code: 'answer.need', need: 'immigrants' },
    ]);
    expect(run({ needsAny: ['older-people'] }, answers)).toBeUndefined();
  });

  it('accessIn matches the access answer, including "skipped"', () => {
    expect(run({ accessIn: ['skipped'] }, makeAnswers({ access: 'skipped' }))).toEqual([
      { code: 'answer.access', access: 'skipped' },
    ]);
    expect(run({ accessIn: ['no-access'] }, makeAnswers({ access: 'skipped' }))).toBeUndefined();
  });

  it('languageUnsupported holds when no considered tool lists the language', () => {
    const somali = makeAnswers({ language: 'so' });
    expect(run({ languageUnsupported: true }, somali, [T.plain])).toEqual([
      { code: 'language.unsupported', lang: 'so' },
    ]);
    expect(
      run({ languageUnsupported: true }, somali, [T.plain, makeTool({ id: 'so', languages: ['so'] })]),
    ).toBeUndefined();
  });

  it('languageUnsupported counts "mul" as support and does not hold without tools', () => {
    const somali = makeAnswers({ language: 'so' });
    expect(run({ languageUnsupported: true }, somali, [T.whatsapp])).toBeUndefined();
    expect(run({ languageUnsupported: true }, somali, [])).toBeUndefined();
  });

  it('languageNot holds for any other language and names it', () => {
    expect(run({ languageNot: ['fi', 'sv'] }, makeAnswers({ language: 'ar' }))).toEqual([
      { code: 'answer.language', lang: 'ar' },
    ]);
    expect(run({ languageNot: ['fi', 'sv'] }, makeAnswers({ language: 'sv' }))).toBeUndefined();
  });

  it('toolAny.flagsAny names each tool and each listed flag it has', () => {
    const both = makeTool({ id: 'both', flags: ['peer-group', 'anonymous', 'robot'] });
    expect(
      run({ toolAny: { flagsAny: ['anonymous', 'peer-group'] } }, makeAnswers(), [T.plain, both, T.anon]),
    ).toEqual([
      { code: 'tool.flag', toolId: 'both', flag: 'peer-group' },
      { code: 'tool.flag', toolId: 'both', flag: 'anonymous' },
      { code: 'tool.flag', toolId: 'anon-chat', flag: 'anonymous' },
    ]);
    expect(run({ toolAny: { flagsAny: ['robot'] } }, makeAnswers(), [T.plain, T.anon])).toBeUndefined();
  });

  it('toolAny.commercialPlatform: true is any platform, a list only those platforms', () => {
    const tools = [T.plain, T.whatsapp];
    expect(run({ toolAny: { commercialPlatform: true } }, makeAnswers(), tools)).toEqual([
      { code: 'tool.platform', toolId: 'whatsapp-group', platform: 'whatsapp' },
    ]);
    expect(run({ toolAny: { commercialPlatform: ['whatsapp', 'zoom'] } }, makeAnswers(), tools)).toEqual([
      { code: 'tool.platform', toolId: 'whatsapp-group', platform: 'whatsapp' },
    ]);
    expect(run({ toolAny: { commercialPlatform: ['zoom'] } }, makeAnswers(), tools)).toBeUndefined();
    expect(run({ toolAny: { commercialPlatform: true } }, makeAnswers(), [T.plain])).toBeUndefined();
  });

  it('toolAny.kindIn, channelsAny, audienceIn and needsAny read the tool', () => {
    const tool = makeTool({
      id: 't',
      kind: 'robotics',
      channels: ['video', 'chat'],
      audience: ['family', 'client'],
      needs: ['youth', 'addiction'],
    });
    expect(run({ toolAny: { kindIn: ['robotics'] } }, makeAnswers(), [tool])).toEqual([
      { code: 'tool.kind', toolId: 't', kind: 'robotics' },
    ]);
    expect(run({ toolAny: { channelsAny: ['chat', 'phone'] } }, makeAnswers(), [tool])).toEqual([
      { code: 'tool.channel', toolId: 't', channel: 'chat' },
    ]);
    expect(run({ toolAny: { audienceIn: ['family'] } }, makeAnswers(), [tool])).toEqual([
      { code: 'tool.audience', toolId: 't', audience: 'family' },
    ]);
    expect(run({ toolAny: { needsAny: ['addiction'] } }, makeAnswers(), [tool])).toEqual([
      { code: 'tool.need', toolId: 't', need: 'addiction' },
    ]);
    expect(run({ toolAny: { kindIn: ['translation'] } }, makeAnswers(), [tool])).toBeUndefined();
    expect(run({ toolAny: { channelsAny: ['phone'] } }, makeAnswers(), [tool])).toBeUndefined();
    expect(run({ toolAny: { audienceIn: ['professional'] } }, makeAnswers(), [tool])).toBeUndefined();
    expect(run({ toolAny: { needsAny: ['older-people'] } }, makeAnswers(), [tool])).toBeUndefined();
  });

  it('toolAny parts must all hold for the same tool', () => {
    const trigger: EthicsTrigger = { toolAny: { flagsAny: ['robot'], channelsAny: ['video'] } };
    // One tool has the flag, another the channel: no single tool meets both.
    expect(run(trigger, makeAnswers(), [T.robot, T.homeVideo])).toBeUndefined();
    const videoRobot = makeTool({ id: 'video-robot', flags: ['robot'], channels: ['video'] });
    expect(run(trigger, makeAnswers(), [T.robot, videoRobot])).toEqual([
      { code: 'tool.flag', toolId: 'video-robot', flag: 'robot' },
      { code: 'tool.channel', toolId: 'video-robot', channel: 'video' },
    ]);
  });

  it('toolAny never holds when no tools are considered', () => {
    expect(run({ toolAny: { kindIn: [...TOOL_KIND_IDS] } }, makeAnswers(), [])).toBeUndefined();
  });

  it('all holds only when every part holds, and collects their facts', () => {
    const trigger: EthicsTrigger = {
      all: [{ ageGroupIn: ['child'] }, { toolAny: { flagsAny: ['age-limit'] } }],
    };
    expect(run(trigger, makeAnswers({ ageGroup: 'child' }), [T.ageLimit])).toEqual([
      { code: 'answer.ageGroup', ageGroup: 'child' },
      { code: 'tool.flag', toolId: 'age-limited', flag: 'age-limit' },
    ]);
    expect(run(trigger, makeAnswers({ ageGroup: 'child' }), [T.plain])).toBeUndefined();
    expect(run(trigger, makeAnswers({ ageGroup: 'adult' }), [T.ageLimit])).toBeUndefined();
  });

  it('any holds when one part holds and names every part that held', () => {
    const trigger: EthicsTrigger = { any: [{ accessIn: ['no-access'] }, { ageGroupIn: ['older-adult'] }] };
    expect(run(trigger, makeAnswers({ ageGroup: 'older-adult' }))).toEqual([
      { code: 'answer.ageGroup', ageGroup: 'older-adult' },
    ]);
    expect(run(trigger, makeAnswers({ ageGroup: 'older-adult', access: 'no-access' }))).toEqual([
      { code: 'answer.access', access: 'no-access' },
      { code: 'answer.ageGroup', ageGroup: 'older-adult' },
    ]);
    expect(run(trigger, makeAnswers())).toBeUndefined();
  });

  it('nests all and any to any depth', () => {
    const trigger: EthicsTrigger = {
      all: [
        { languageNot: ['fi'] },
        { any: [{ languageUnsupported: true }, { all: [{ toolAny: { kindIn: ['translation'] } }] }] },
      ],
    };
    expect(run(trigger, makeAnswers({ language: 'ar' }), [T.translator])).toEqual([
      { code: 'answer.language', lang: 'ar' },
      { code: 'tool.kind', toolId: 'translator', kind: 'translation' },
    ]);
    expect(run(trigger, makeAnswers({ language: 'fi' }), [T.translator])).toBeUndefined();
  });

  it('lists each fact once, however many branches name it', () => {
    const trigger: EthicsTrigger = {
      any: [
        { ageGroupIn: ['teen'] },
        { all: [{ ageGroupIn: ['teen', 'child'] }, { toolAny: { flagsAny: ['robot'] } }] },
        { toolAny: { kindIn: ['robotics'], flagsAny: ['robot'] } },
      ],
    };
    expect(run(trigger, makeAnswers({ ageGroup: 'teen' }), [T.robot])).toEqual([
      { code: 'answer.ageGroup', ageGroup: 'teen' },
      { code: 'tool.flag', toolId: 'robot', flag: 'robot' },
      { code: 'tool.kind', toolId: 'robot', kind: 'robotics' },
    ]);
  });

  it('treats an object with several conditions (which the schema refuses) as all of them', () => {
    const trigger = { ageGroupIn: ['child'], accessIn: ['no-access'] } as EthicsTrigger;
    const r: EthicsRule = {
      id: 'r',
      kind: 'check',
      trigger,
      prompt: text('r?'),
      why: text('r'),
      source: [{ kind: 'article', ...text('test') }],
    };
    expect(factsOf(r, makeAnswers({ ageGroup: 'child' }), [])).toBeUndefined();
    expect(factsOf(r, makeAnswers({ ageGroup: 'child', access: 'no-access' }), [])).toEqual([
      { code: 'answer.ageGroup', ageGroup: 'child' },
      { code: 'answer.access', access: 'no-access' },
    ]);
  });
});

describe('evaluateEthics: order', () => {
  const rules = [
    rule('reflect-1', { always: true }, 'reflect'),
    rule('check-1', { always: true }, 'check'),
    rule('must-1', { always: true }, 'must'),
    rule('reflect-2', { always: true }, 'reflect'),
    rule('quiet-must', { ageGroupIn: ['child'] }, 'must'),
    rule('check-2', { always: true }, 'check'),
    rule('must-2', { always: true }, 'must'),
  ];

  it('puts musts first, then checks, then reflects, each in rules-file order', () => {
    expect(evaluateEthics(makeAnswers(), [], rules).map((p) => p.ruleId)).toEqual([
      'must-1',
      'must-2',
      'check-1',
      'check-2',
      'reflect-1',
      'reflect-2',
    ]);
  });

  it('returns nothing without rules', () => {
    expect(evaluateEthics(makeAnswers(), [T.whatsapp], [])).toEqual([]);
  });

  it('keeps the bundled musts ahead of everything else', () => {
    const prompts = evaluateEthics(
      makeAnswers({ ageGroup: 'teen', needs: ['social-emergency'], access: 'no-access', language: 'so' }),
      Object.values(T),
      ethicsRules,
    );
    const kinds = prompts.map((p) => p.kind);
    expect(kinds).toEqual(
      [...kinds].sort(
        (a, b) => ['must', 'check', 'reflect'].indexOf(a) - ['must', 'check', 'reflect'].indexOf(b),
      ),
    );
    expect(prompts[0]?.ruleId).toBe('duty-to-report');
    expect(prompts[1]).toEqual({
      ruleId: 'crisis-human-contact-first',
      kind: 'must',
      facts: [
        { code: 'answer.need', need: 'social-emergency' },
        { code: 'tool.need', toolId: 'emergency-forms', need: 'social-emergency' },
      ],
    });
  });
});

/**
 * One situation in which each bundled rule fires (with exactly these facts) and a nearby
 * one in which it must not. Rules with `always: true` have no quiet case by design.
 */
interface RuleCase {
  fires: { answers: Answers; tools: Tool[]; facts: EthicsFact[] };
  quiet: { answers: Answers; tools: Tool[] }[] | 'always';
}

const CASES: Record<string, RuleCase> = {
  'crisis-human-contact-first': {
    fires: {
      answers: makeAnswers({ needs: ['social-emergency', 'youth'] }),
      tools: [T.plain],
      facts: [{ code: 'answer.need', need: 'social-emergency' }],
    },
    quiet: [{ answers: makeAnswers({ needs: ['youth', 'child-protection'] }), tools: [T.plain, T.anon] }],
  },
  'minor-consent': {
    fires: {
      answers: makeAnswers({ ageGroup: 'child' }),
      tools: [T.plain],
      facts: [{ code: 'answer.ageGroup', ageGroup: 'child' }],
    },
    quiet: [{ answers: makeAnswers({ ageGroup: 'young-adult' }), tools: [T.whatsapp, T.ageLimit] }],
  },
  'platform-age-limit': {
    fires: {
      answers: makeAnswers({ ageGroup: 'teen' }),
      tools: [T.plain, T.ageLimit, T.whatsapp],
      facts: [
        { code: 'answer.ageGroup', ageGroup: 'teen' },
        { code: 'tool.flag', toolId: 'age-limited', flag: 'age-limit' },
        { code: 'tool.platform', toolId: 'whatsapp-group', platform: 'whatsapp' },
      ],
    },
    quiet: [
      { answers: makeAnswers({ ageGroup: 'teen' }), tools: [T.plain, T.peer] },
      { answers: makeAnswers({ ageGroup: 'adult' }), tools: [T.ageLimit, T.whatsapp] },
    ],
  },
  'commercial-platform-data': {
    fires: {
      answers: makeAnswers(),
      tools: [T.plain, T.whatsapp],
      facts: [{ code: 'tool.platform', toolId: 'whatsapp-group', platform: 'whatsapp' }],
    },
    quiet: [{ answers: makeAnswers(), tools: [T.plain, T.peer, T.records] }],
  },
  'machine-translation-limits': {
    fires: {
      answers: makeAnswers({ language: 'ar' }),
      tools: [T.translator],
      facts: [
        { code: 'tool.flag', toolId: 'translator', flag: 'machine-translation' },
        { code: 'tool.kind', toolId: 'translator', kind: 'translation' },
      ],
    },
    quiet: [{ answers: makeAnswers({ language: 'ar' }), tools: [T.whatsapp, T.plain] }],
  },
  'minor-own-view': {
    fires: {
      answers: makeAnswers({ ageGroup: 'teen' }),
      tools: [],
      facts: [{ code: 'answer.ageGroup', ageGroup: 'teen' }],
    },
    quiet: [{ answers: makeAnswers({ ageGroup: 'young-adult' }), tools: [T.family] }],
  },
  'commercial-platform-approval': {
    fires: {
      answers: makeAnswers(),
      tools: [T.translator],
      facts: [{ code: 'tool.platform', toolId: 'translator', platform: 'google-translate' }],
    },
    quiet: [{ answers: makeAnswers(), tools: [T.plain, T.kelaAi] }],
  },
  'client-data-recorded': {
    fires: {
      answers: makeAnswers(),
      tools: [T.records],
      facts: [{ code: 'tool.flag', toolId: 'records', flag: 'records-client-data' }],
    },
    quiet: [{ answers: makeAnswers(), tools: [T.plain, T.anon] }],
  },
  'interpreter-right': {
    fires: {
      answers: makeAnswers({ language: 'so' }),
      tools: [T.plain, makeTool({ id: 'somali', languages: ['so'] })],
      facts: [{ code: 'answer.language', lang: 'so' }],
    },
    // Own language is not interpreting: a Swedish or Sami speaker is not sent to an interpreter.
    quiet: [
      { answers: makeAnswers({ language: 'sv' }), tools: [T.plain, T.translator] },
      { answers: makeAnswers({ language: 'se' }), tools: [T.plain] },
      { answers: makeAnswers({ language: 'fi' }), tools: [T.translator] },
    ],
  },
  'own-language-service': {
    fires: {
      answers: makeAnswers({ language: 'se' }),
      tools: [T.plain],
      facts: [{ code: 'answer.language', lang: 'se' }],
    },
    quiet: [
      { answers: makeAnswers({ language: 'fi' }), tools: [T.plain] },
      { answers: makeAnswers({ language: 'ar' }), tools: [T.translator] },
    ],
  },
  'duty-to-report': {
    fires: {
      answers: makeAnswers({ needs: ['youth'], ageGroup: 'teen' }),
      tools: [T.anon],
      facts: [
        { code: 'answer.ageGroup', ageGroup: 'teen' },
        { code: 'tool.channel', toolId: 'anon-chat', channel: 'chat' },
        { code: 'tool.flag', toolId: 'anon-chat', flag: 'anonymous' },
      ],
    },
    quiet: [
      { answers: makeAnswers({ needs: ['youth'], ageGroup: 'young-adult' }), tools: [T.anon, T.peer] },
      { answers: makeAnswers({ needs: ['youth'], ageGroup: 'teen' }), tools: [T.plain] },
    ],
  },
  'someone-acts-for-client': {
    fires: {
      answers: makeAnswers({ access: 'needs-support' }),
      tools: [T.plain],
      facts: [
        { code: 'answer.access', access: 'needs-support' },
        { code: 'answer.need', need: 'service-guidance' },
      ],
    },
    quiet: [{ answers: makeAnswers({ access: 'independent' }), tools: [T.kelaAi] }],
  },
  'supported-decision-making': {
    fires: {
      answers: makeAnswers({ needs: ['disability-services'] }),
      tools: [],
      facts: [{ code: 'answer.need', need: 'disability-services' }],
    },
    quiet: [{ answers: makeAnswers({ needs: ['youth'] }), tools: [T.robot] }],
  },
  'surveillance-technology': {
    fires: {
      answers: makeAnswers(),
      tools: [T.exo],
      facts: [
        { code: 'tool.channel', toolId: 'exoskeleton', channel: 'assistive-device' },
        { code: 'tool.kind', toolId: 'exoskeleton', kind: 'assistive-technology' },
      ],
    },
    quiet: [{ answers: makeAnswers({ ageGroup: 'older-adult' }), tools: [T.plain, T.peer] }],
  },
  'accessibility-communication': {
    fires: {
      answers: makeAnswers({ language: 'fse' }),
      tools: [T.plain],
      facts: [{ code: 'answer.language', lang: 'fse' }],
    },
    quiet: [{ answers: makeAnswers({ language: 'fi', ageGroup: 'adult' }), tools: [T.plain] }],
  },
  'tech-facilitated-abuse': {
    fires: {
      answers: makeAnswers({ needs: ['separation-support'] }),
      tools: [T.plain],
      facts: [{ code: 'answer.need', need: 'separation-support' }],
    },
    quiet: [
      { answers: makeAnswers({ needs: ['older-people'], ageGroup: 'older-adult' }), tools: [T.family] },
    ],
  },
  'cost-to-client': {
    fires: {
      answers: makeAnswers({ access: 'no-access' }),
      tools: [],
      facts: [{ code: 'answer.access', access: 'no-access' }],
    },
    quiet: [{ answers: makeAnswers({ access: 'skipped' }), tools: [T.whatsapp] }],
  },
  'device-dignity-consent': {
    fires: {
      answers: makeAnswers({ ageGroup: 'older-adult' }),
      tools: [T.exo],
      facts: [
        { code: 'answer.ageGroup', ageGroup: 'older-adult' },
        { code: 'tool.kind', toolId: 'exoskeleton', kind: 'assistive-technology' },
        { code: 'tool.channel', toolId: 'exoskeleton', channel: 'assistive-device' },
      ],
    },
    quiet: [
      { answers: makeAnswers({ ageGroup: 'adult' }), tools: [T.exo, T.homeVideo] },
      { answers: makeAnswers({ ageGroup: 'older-adult' }), tools: [T.plain, T.homeVideo] },
    ],
  },
  'device-human-contact': {
    fires: {
      answers: makeAnswers({ ageGroup: 'older-adult' }),
      tools: [T.homeVideo],
      facts: [
        { code: 'answer.ageGroup', ageGroup: 'older-adult' },
        { code: 'tool.flag', toolId: 'home-video', flag: 'video-in-home' },
      ],
    },
    quiet: [{ answers: makeAnswers({ ageGroup: 'adult' }), tools: [T.homeVideo, T.exo] }],
  },
  'digital-exclusion': {
    fires: {
      answers: makeAnswers({ access: 'no-access' }),
      tools: [T.plain],
      facts: [{ code: 'answer.access', access: 'no-access' }],
    },
    quiet: [
      { answers: makeAnswers({ access: 'independent' }), tools: [T.plain] },
      { answers: makeAnswers({ access: 'skipped' }), tools: [T.plain] },
    ],
  },
  'digital-support': {
    fires: {
      answers: makeAnswers({ access: 'needs-support' }),
      tools: [T.plain],
      facts: [{ code: 'answer.access', access: 'needs-support' }],
    },
    quiet: [{ answers: makeAnswers({ access: 'independent' }), tools: [T.plain] }],
  },
  'automated-decision-transparency': {
    fires: {
      answers: makeAnswers({ needs: ['benefit-applicants'] }),
      tools: [T.kelaAi],
      facts: [
        { code: 'tool.flag', toolId: 'kela-ai', flag: 'automated-decision' },
        { code: 'answer.need', need: 'benefit-applicants' },
      ],
    },
    quiet: [{ answers: makeAnswers(), tools: [T.plain] }],
  },
  'self-test-together': {
    fires: {
      answers: makeAnswers(),
      tools: [T.selfTest],
      facts: [
        { code: 'tool.flag', toolId: 'self-test', flag: 'self-test' },
        { code: 'tool.kind', toolId: 'self-test', kind: 'self-assessment' },
      ],
    },
    quiet: [{ answers: makeAnswers(), tools: [T.plain, T.peer] }],
  },
  'peer-group-safety': {
    fires: {
      answers: makeAnswers(),
      tools: [T.peer],
      facts: [
        { code: 'tool.flag', toolId: 'peer-chat', flag: 'peer-group' },
        { code: 'tool.kind', toolId: 'peer-chat', kind: 'peer-support' },
      ],
    },
    quiet: [{ answers: makeAnswers(), tools: [T.plain, T.anon] }],
  },
  'video-space-privacy': {
    fires: {
      answers: makeAnswers({ needs: ['criminal-sanctions'] }),
      tools: [T.prisonVideo],
      facts: [{ code: 'tool.flag', toolId: 'prison-video', flag: 'video-in-institution' }],
    },
    quiet: [
      { answers: makeAnswers(), tools: [T.plain, makeTool({ id: 'video-call', channels: ['video'] })] },
    ],
  },
  'client-choice': { fires: { answers: makeAnswers(), tools: [], facts: ALWAYS }, quiet: 'always' },
  'record-decision': { fires: { answers: makeAnswers(), tools: [], facts: ALWAYS }, quiet: 'always' },
  'access-unknown': {
    fires: {
      answers: makeAnswers({ access: 'skipped' }),
      tools: [T.plain],
      facts: [{ code: 'answer.access', access: 'skipped' }],
    },
    quiet: [{ answers: makeAnswers({ access: 'no-access' }), tools: [T.plain] }],
  },
  'anonymous-service': {
    fires: {
      answers: makeAnswers(),
      tools: [T.anon],
      facts: [{ code: 'tool.flag', toolId: 'anon-chat', flag: 'anonymous' }],
    },
    quiet: [{ answers: makeAnswers(), tools: [T.plain, T.peer] }],
  },
  'family-members-views': {
    fires: {
      answers: makeAnswers({ needs: ['separation-support', 'youth'] }),
      tools: [T.plain, T.family],
      facts: [
        { code: 'tool.audience', toolId: 'family-app', audience: 'family' },
        { code: 'answer.need', need: 'separation-support' },
      ],
    },
    quiet: [
      { answers: makeAnswers({ needs: ['separation-support'] }), tools: [T.plain] },
      // Tools for an older person's relatives are not about a child's voice.
      { answers: makeAnswers({ needs: ['older-people'], ageGroup: 'older-adult' }), tools: [T.family] },
    ],
  },
  'inside-the-channel': { fires: { answers: makeAnswers(), tools: [], facts: ALWAYS }, quiet: 'always' },
};

describe('evaluateEthics: each bundled rule', () => {
  it('has a case here for every rule in the file and none for a rule that is gone', () => {
    expect(Object.keys(CASES).sort()).toEqual(ethicsRules.map((r) => r.id).sort());
  });

  describe.each(Object.entries(CASES))('%s', (id, c) => {
    it('fires with the facts that explain it', () => {
      expect(factsOf(bundled(id), c.fires.answers, c.fires.tools)).toEqual(c.fires.facts);
    });

    if (c.quiet === 'always') {
      it('is an always-rule, so it has no situation in which it stays quiet', () => {
        expect(bundled(id).trigger).toEqual({ always: true });
      });
    } else {
      it.each(c.quiet.map((q, i) => [i, q] as const))('stays quiet in a nearby situation (%i)', (_i, q) => {
        expect(factsOf(bundled(id), q.answers, q.tools)).toBeUndefined();
      });
    }
  });

  it('fires a few more cases where a rule has several routes', () => {
    expect(factsOf(bundled('crisis-human-contact-first'), makeAnswers(), [T.emergencyForms])).toEqual([
      { code: 'tool.need', toolId: 'emergency-forms', need: 'social-emergency' },
    ]);
    expect(factsOf(bundled('interpreter-right'), makeAnswers({ language: 'ar' }), [T.translator])).toEqual([
      { code: 'answer.language', lang: 'ar' },
    ]);
    expect(factsOf(bundled('duty-to-report'), makeAnswers({ needs: ['older-people'] }), [])).toEqual([
      { code: 'answer.need', need: 'older-people' },
    ]);
    // A robot raises dignity and consent whatever the client's age.
    expect(factsOf(bundled('device-dignity-consent'), makeAnswers({ ageGroup: 'child' }), [T.robot])).toEqual(
      [
        { code: 'tool.flag', toolId: 'robot', flag: 'robot' },
        { code: 'tool.kind', toolId: 'robot', kind: 'robotics' },
      ],
    );
    expect(factsOf(bundled('digital-exclusion'), makeAnswers({ access: 'needs-support' }), [])).toEqual([
      { code: 'answer.access', access: 'needs-support' },
    ]);
    expect(factsOf(bundled('family-members-views'), makeAnswers({ ageGroup: 'child' }), [T.family])).toEqual([
      { code: 'tool.audience', toolId: 'family-app', audience: 'family' },
      { code: 'answer.ageGroup', ageGroup: 'child' },
    ]);
    expect(factsOf(bundled('platform-age-limit'), makeAnswers({ ageGroup: 'child' }), [T.whatsapp])).toEqual([
      { code: 'answer.ageGroup', ageGroup: 'child' },
      { code: 'tool.platform', toolId: 'whatsapp-group', platform: 'whatsapp' },
    ]);
  });

  it('shows only the always-rules for a plain situation', () => {
    const ids = evaluateEthics(makeAnswers(), [T.plain], ethicsRules).map((p) => p.ruleId);
    const always = ethicsRules.filter((r) => r.trigger.always === true).map((r) => r.id);
    expect(new Set(ids)).toEqual(new Set(always));
  });
});

/* Property tests: any answers, any tools, the bundled rules. */

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const subset = <T>(values: readonly T[], minLength = 0) =>
  fc.uniqueArray(pick(values), { minLength, maxLength: Math.min(values.length, 4) });

const arbAnswers: fc.Arbitrary<Answers> = fc.record({
  needs: subset(NEED_IDS, 1),
  ageGroup: pick(AGE_GROUP_IDS),
  language: pick(CLIENT_LANGUAGE_IDS),
  channels: fc.oneof(fc.constant('any' as const), subset(CHANNEL_IDS, 1)),
  access: pick([...ACCESS_IDS, 'skipped'] as const),
});

const arbTool = (id: string): fc.Arbitrary<Tool> =>
  fc
    .record({
      flags: subset(TOOL_FLAG_IDS),
      platform: fc.option(pick(PLATFORM_IDS), { nil: null }),
      kind: pick(TOOL_KIND_IDS),
      channels: subset(CHANNEL_IDS, 1),
      languages: subset([...CLIENT_LANGUAGE_IDS, MULTILINGUAL] as const, 1),
      audience: subset(AUDIENCE_IDS, 1),
      needs: subset(NEED_IDS, 1),
    })
    .map((shape) => makeTool({ id, ...shape }));

const arbTools: fc.Arbitrary<Tool[]> = fc
  .integer({ min: 0, max: 5 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbTool(`tool-${i}`))));

const KIND_RANK = { must: 0, check: 1, reflect: 2 } as const;
const rulePosition = new Map(ethicsRules.map((r, i) => [r.id, i]));

describe('evaluateEthics: properties', () => {
  it('is deterministic and does not change its inputs', () => {
    fc.assert(
      fc.property(arbAnswers, arbTools, (answers, tools) => {
        const before = JSON.stringify([answers, tools, ethicsRules]);
        const first = evaluateEthics(answers, tools, ethicsRules);
        expect(evaluateEthics(structuredClone(answers), structuredClone(tools), ethicsRules)).toEqual(first);
        expect(JSON.stringify([answers, tools, ethicsRules])).toBe(before);
      }),
    );
  });

  it('orders by kind, then by rules-file order, and lists each rule and fact once', () => {
    fc.assert(
      fc.property(arbAnswers, arbTools, (answers, tools) => {
        const prompts = evaluateEthics(answers, tools, ethicsRules);
        const rank = (p: EthicsPrompt) => KIND_RANK[p.kind] * 1000 + (rulePosition.get(p.ruleId) ?? -1);
        expect(prompts.map(rank)).toEqual(prompts.map(rank).sort((a, b) => a - b));
        expect(new Set(prompts.map((p) => p.ruleId)).size).toBe(prompts.length);
        for (const p of prompts) {
          expect(p.facts.length).toBeGreaterThan(0);
          expect(new Set(p.facts.map((f) => JSON.stringify(f))).size).toBe(p.facts.length);
          expect(p.kind).toBe(byId.get(p.ruleId)?.kind);
        }
      }),
    );
  });

  it('always shows the always-rules, and the duty to report then the crisis rule in a social emergency', () => {
    const always = ethicsRules.filter((r) => r.trigger.always === true).map((r) => r.id);
    fc.assert(
      fc.property(arbAnswers, arbTools, (answers, tools) => {
        const ids = evaluateEthics(answers, tools, ethicsRules).map((p) => p.ruleId);
        for (const id of always) expect(ids).toContain(id);
        if (answers.needs.includes('social-emergency')) {
          expect(ids[0]).toBe('duty-to-report');
          expect(ids[1]).toBe('crisis-human-contact-first');
        }
      }),
    );
  });

  it('names only tools that are under consideration', () => {
    fc.assert(
      fc.property(arbAnswers, arbTools, (answers, tools) => {
        const toolIds = new Set(tools.map((t) => t.id));
        for (const p of evaluateEthics(answers, tools, ethicsRules)) {
          for (const f of p.facts) if ('toolId' in f) expect(toolIds).toContain(f.toolId);
        }
      }),
    );
  });

  it('does not depend on the order of the rules beyond the order it reports', () => {
    fc.assert(
      fc.property(arbAnswers, arbTools, (answers, tools) => {
        const forward = evaluateEthics(answers, tools, ethicsRules);
        const backward = evaluateEthics(answers, tools, [...ethicsRules].reverse());
        const key = (ps: EthicsPrompt[]) => ps.map((p) => JSON.stringify(p)).sort();
        expect(key(backward)).toEqual(key(forward));
      }),
    );
  });
});

describe('consideredToolIds', () => {
  const ranked = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((toolId) => ({ toolId }));
  it('is the chosen tools once any is chosen, in their order', () => {
    expect(consideredToolIds(['f', 'a'], ranked)).toEqual(['f', 'a']);
  });
  it('is the top recommendations while none is chosen', () => {
    expect(consideredToolIds([], ranked)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(consideredToolIds([], ranked.slice(0, 2))).toEqual(['a', 'b']);
  });
});

describe('the legal frame in use', () => {
  const ids = (answers: Answers, tools: Tool[]) =>
    evaluateEthics(answers, tools, ethicsRules).map((p) => p.ruleId);

  it('puts the duty to report first for a child in child protection with a chat', () => {
    const chat = makeTool({
      id: 'chat',
      kind: 'counselling',
      channels: ['chat'],
      needs: ['child-protection'],
    });
    const shown = ids(makeAnswers({ needs: ['child-protection'], ageGroup: 'child' }), [chat]);
    expect(shown[0]).toBe('duty-to-report');
    expect(
      splitPrompts(evaluateEthics(makeAnswers({ needs: ['youth'], ageGroup: 'teen' }), [chat], ethicsRules))
        .shown[0]?.ruleId,
    ).toBe('duty-to-report');
  });

  it.each(['sv', 'se'] as const)(
    'offers a %s speaker their own language and no interpreter for it',
    (language) => {
      const finnishOnly = makeTool({ id: 'finnish-only', languages: ['fi'] });
      const shown = ids(makeAnswers({ language }), [finnishOnly, T.translator]);
      expect(shown).toContain('own-language-service');
      expect(shown).not.toContain('interpreter-right');
    },
  );

  it('reminds of a professional interpreter, never a child or relative, for an Arabic-speaking family', () => {
    const answers = makeAnswers({ needs: ['separation-support', 'family-work'], language: 'ar' });
    const shown = ids(answers, [T.family]);
    expect(shown).toContain('interpreter-right');
    expect(shown).toContain('tech-facilitated-abuse');
    expect(shown).not.toContain('own-language-service');
  });
});

describe('splitPrompts', () => {
  const p = (ruleId: string, kind: EthicsPrompt['kind']): EthicsPrompt => ({
    ruleId,
    kind,
    facts: [{ code: 'always' }],
  });

  it('shows at most six by default, musts first, and keeps the rest in order', () => {
    const prompts = [
      p('m1', 'must'),
      ...['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((id) => p(id, 'check')),
      p('r1', 'reflect'),
    ];
    const { shown, more } = splitPrompts(prompts);
    expect(shown.map((x) => x.ruleId)).toEqual(['m1', 'c1', 'c2', 'c3', 'c4', 'c5']);
    expect(more.map((x) => x.ruleId)).toEqual(['c6', 'r1']);
  });

  it('never hides a must, even beyond the limit', () => {
    fc.assert(
      fc.property(arbAnswers, arbTools, (answers, tools) => {
        const prompts = evaluateEthics(answers, tools, ethicsRules);
        const { shown, more } = splitPrompts(prompts);
        expect([...shown, ...more]).toEqual(prompts);
        expect(more.filter((x) => x.kind === 'must')).toEqual([]);
        const musts = prompts.filter((x) => x.kind === 'must').length;
        expect(shown.length).toBe(Math.max(musts, Math.min(prompts.length, DEFAULT_PROMPT_LIMIT)));
      }),
    );
  });
});

describe('groupFacts', () => {
  it('names each tool once with its facts, after the facts about the answers', () => {
    const facts: EthicsFact[] = [
      { code: 'answer.ageGroup', ageGroup: 'teen' },
      { code: 'tool.channel', toolId: 'a', channel: 'chat' },
      { code: 'tool.channel', toolId: 'b', channel: 'chat' },
      { code: 'tool.flag', toolId: 'a', flag: 'anonymous' },
    ];
    expect(groupFacts(facts)).toEqual({
      answers: [{ code: 'answer.ageGroup', ageGroup: 'teen' }],
      tools: [
        { toolId: 'a', facts: [facts[1], facts[3]] },
        { toolId: 'b', facts: [facts[2]] },
      ],
    });
  });
});
