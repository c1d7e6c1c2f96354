import { describe, expect, it } from 'vitest';
import {
  GUESSED_MATCH_SHARE,
  GUESSED_MISMATCH_SHARE,
  RELAXATION_ORDER,
  SCORE_WEIGHTS,
  recommend,
  type Reason,
  type Recommendation,
} from '../../src/engine/recommend.ts';
import { makeAnswers, makeTool } from './fixtures/synthetic-catalogue.ts';
import type { Tool } from '../../src/domain/catalogue.ts';

const only = (tool: Tool, answers = makeAnswers()): Recommendation => {
  const [item, ...rest] = recommend(answers, [tool]).items;
  expect(rest).toHaveLength(0);
  if (!item) throw new Error(`${tool.id} was not recommended`);
  return item;
};
const codes = (reasons: readonly Reason[]) => reasons.map((r) => r.code);
const ids = (items: Recommendation[]) => items.map((i) => i.toolId);

describe('recommend: needs', () => {
  it('leaves out a tool that serves none of the selected needs', () => {
    const result = recommend(makeAnswers({ needs: ['addiction'] }), [
      makeTool({ id: 'a', needs: ['addiction'] }),
      makeTool({ id: 'b', needs: ['youth', 'older-people'] }),
    ]);
    expect(ids(result.items)).toEqual(['a']);
  });

  it('lists matched needs and need.matched reasons in the order of the answers', () => {
    const item = only(
      makeTool({ id: 'a', needs: ['older-people', 'addiction', 'youth'] }),
      makeAnswers({ needs: ['older-people', 'youth', 'addiction', 'family-work'] }),
    );
    expect(item.matchedNeeds).toEqual(['older-people', 'youth', 'addiction']);
    expect(item.reasons.filter((r) => r.code === 'need.matched')).toEqual([
      { code: 'need.matched', need: 'older-people' },
      { code: 'need.matched', need: 'youth' },
      { code: 'need.matched', need: 'addiction' },
    ]);
  });

  it('ranks a tool serving more of the selected needs higher, all else equal', () => {
    const result = recommend(makeAnswers({ needs: ['youth', 'addiction', 'mental-wellbeing'] }), [
      makeTool({ id: 'a-one', needs: ['youth'] }),
      makeTool({ id: 'b-three', needs: ['youth', 'addiction', 'mental-wellbeing'] }),
      makeTool({ id: 'c-two', needs: ['addiction', 'youth'] }),
    ]);
    expect(ids(result.items)).toEqual(['b-three', 'c-two', 'a-one']);
    const [three, two, one] = result.items.map((i) => i.score);
    expect(three).toBeGreaterThan(two!);
    expect(two).toBeGreaterThan(one!);
  });

  it('gives a tool that fits every answer the full score of 100', () => {
    expect(only(makeTool({ id: 'a' })).score).toBe(100);
  });

  it('returns nothing, without relaxing, when the catalogue is empty', () => {
    expect(recommend(makeAnswers(), [])).toEqual({
      items: [],
      relaxed: [],
      strictMatchCount: 0,
      byNeed: { youth: [] },
    });
  });
});

describe('recommend: reason codes', () => {
  it('age.matched', () => {
    const item = only(
      makeTool({ id: 'a', ageGroups: ['teen', 'young-adult'] }),
      makeAnswers({ ageGroup: 'teen' }),
    );
    expect(item.reasons).toContainEqual({ code: 'age.matched', ageGroup: 'teen' });
    expect(codes(item.caveats)).not.toContain('age.outside');
  });

  it('age.outside names the client group and the tool groups (as the tool lists them)', () => {
    const item = only(
      makeTool({ id: 'far', ageGroups: ['older-adult', 'adult'] }),
      makeAnswers({ ageGroup: 'teen' }),
    );
    expect(item.caveats).toContainEqual({
      code: 'age.outside',
      ageGroup: 'teen',
      ageGroups: ['older-adult', 'adult'],
    });
    expect(item.score).toBe(100 - SCORE_WEIGHTS.ageGroup);
  });

  it('language.matched', () => {
    const item = only(makeTool({ id: 'a', languages: ['sv', 'fi'] }), makeAnswers({ language: 'sv' }));
    expect(item.reasons).toContainEqual({ code: 'language.matched', lang: 'sv' });
  });

  it('language.multilingual: a "mul" tool matches any language with full language points', () => {
    const item = only(makeTool({ id: 'a', languages: ['mul'] }), makeAnswers({ language: 'ti' }));
    expect(item.reasons).toContainEqual({ code: 'language.multilingual', lang: 'ti' });
    expect(item.caveats).toEqual([]);
    expect(item.score).toBe(100);
  });

  it('prefers language.matched over language.multilingual when the tool lists the language', () => {
    const item = only(makeTool({ id: 'a', languages: ['mul', 'ar'] }), makeAnswers({ language: 'ar' }));
    expect(codes(item.reasons)).toContain('language.matched');
    expect(codes(item.reasons)).not.toContain('language.multilingual');
  });

  it('language.unavailable is a caveat, not a silent drop', () => {
    const item = only(makeTool({ id: 'a', languages: ['fi', 'sv'] }), makeAnswers({ language: 'so' }));
    expect(item.caveats).toContainEqual({
      code: 'language.unavailable',
      lang: 'so',
      languages: ['fi', 'sv'],
    });
    expect(item.score).toBeLessThan(100);
  });

  it('channel.any when the client has no channel preference', () => {
    const item = only(makeTool({ id: 'a', channels: ['game'] }), makeAnswers({ channels: 'any' }));
    expect(item.reasons).toContainEqual({ code: 'channel.any' });
  });

  it('channel.matched once per shared channel, in the order of the answers', () => {
    const item = only(
      makeTool({ id: 'a', channels: ['game', 'chat', 'web'] }),
      makeAnswers({ channels: ['web', 'phone', 'chat'] }),
    );
    expect(item.reasons.filter((r) => r.code.startsWith('channel.'))).toEqual([
      { code: 'channel.matched', channel: 'web' },
      { code: 'channel.matched', channel: 'chat' },
    ]);
    expect(item.score).toBe(100);
  });

  it('channel.unmatched names the client channels and the tool channels', () => {
    const item = only(
      makeTool({ id: 'a', channels: ['game'] }),
      makeAnswers({ channels: ['video', 'chat'] }),
    );
    expect(item.caveats).toContainEqual({
      code: 'channel.unmatched',
      channels: ['video', 'chat'],
      toolChannels: ['game'],
    });
    expect(item.score).toBeLessThan(100);
  });

  describe('access', () => {
    const needsDevice = { device: 'smartphone', account: true, internet: true } as const;
    const needsNothing = { device: 'none', account: false, internet: false } as const;

    it('access.fits for an independent client, whatever the tool needs', () => {
      const item = only(makeTool({ id: 'a', requires: needsDevice }), makeAnswers({ access: 'independent' }));
      expect(item.reasons).toContainEqual({ code: 'access.fits', access: 'independent' });
      expect(item.score).toBe(100);
    });

    it('access.fits for a client needing support when the tool needs nothing', () => {
      const item = only(
        makeTool({ id: 'a', requires: needsNothing }),
        makeAnswers({ access: 'needs-support' }),
      );
      expect(item.reasons).toContainEqual({ code: 'access.fits', access: 'needs-support' });
    });

    it('access.needsSupport when the client needs support and the tool needs a device', () => {
      const item = only(
        makeTool({ id: 'a', requires: needsDevice }),
        makeAnswers({ access: 'needs-support' }),
      );
      expect(item.caveats).toContainEqual({
        code: 'access.needsSupport',
        device: 'smartphone',
        guessed: false,
      });
      expect(item.score).toBeLessThan(100);
    });

    it('access.requiresDevice, requiresInternet and requiresAccount for a client without digital access', () => {
      const item = only(makeTool({ id: 'a', requires: needsDevice }), makeAnswers({ access: 'no-access' }));
      expect(item.caveats).toEqual([
        { code: 'access.requiresDevice', device: 'smartphone', guessed: false },
        { code: 'access.requiresInternet', guessed: false },
        { code: 'access.requiresAccount', guessed: false },
      ]);
    });

    it('marks a requirement the catalogue only guessed, so the card does not state it as fact', () => {
      const item = only(
        makeTool({ id: 'a', requires: needsDevice, inferred: ['requires'] }),
        makeAnswers({ access: 'no-access' }),
      );
      expect(item.caveats.filter((c) => c.code.startsWith('access.'))).toEqual([
        { code: 'access.requiresDevice', device: 'smartphone', guessed: true },
        { code: 'access.requiresInternet', guessed: true },
        { code: 'access.requiresAccount', guessed: true },
      ]);
    });

    it('access.fits for a client without digital access when the tool needs nothing', () => {
      const item = only(makeTool({ id: 'a', requires: needsNothing }), makeAnswers({ access: 'no-access' }));
      expect(item.reasons).toContainEqual({ code: 'access.fits', access: 'no-access' });
      expect(item.score).toBe(100);
    });

    it('a special device brought by the service ranks above a tool needing the client’s own smartphone', () => {
      const answers = makeAnswers({ access: 'no-access' });
      const robot = only(
        makeTool({ id: 'robot', requires: { ...needsNothing, device: 'special-device' } }),
        answers,
      );
      const app = only(makeTool({ id: 'app', requires: { ...needsNothing, device: 'smartphone' } }), answers);
      expect(robot.caveats).toEqual([
        { code: 'access.requiresDevice', device: 'special-device', guessed: false },
      ]);
      expect(robot.score).toBeGreaterThan(app.score);

      const special = { ...needsNothing, device: 'special-device' } as const;
      const tablet = only(makeTool({ id: 'tablet', requires: { ...special, internet: true } }), answers);
      const portal = only(makeTool({ id: 'portal', requires: { ...special, account: true } }), answers);
      expect(codes(tablet.caveats)).toEqual(['access.requiresDevice', 'access.requiresInternet']);
      expect(tablet.score).toBe(robot.score);
      expect(codes(portal.caveats)).toEqual(['access.requiresDevice', 'access.requiresAccount']);
      expect(portal.score).toBe(app.score);
    });

    it('access.unknown when skipped; a skipped question neither helps nor hurts the score', () => {
      const item = only(makeTool({ id: 'a', requires: needsDevice }), makeAnswers({ access: 'skipped' }));
      expect(item.caveats).toEqual([{ code: 'access.unknown' }]);
      expect(item.score).toBe(100);
    });
  });
});

describe('recommend: groups', () => {
  it('puts a tool for professionals only in the professional group', () => {
    const result = recommend(makeAnswers(), [
      makeTool({ id: 'pro', audience: ['professional'] }),
      makeTool({ id: 'mixed', audience: ['client', 'professional'] }),
      makeTool({ id: 'family', audience: ['family'] }),
    ]);
    expect(Object.fromEntries(result.items.map((i) => [i.toolId, i.group]))).toEqual({
      pro: 'professional',
      mixed: 'client',
      family: 'client',
    });
  });
});

describe('recommend: ordering', () => {
  it('breaks score ties by tool id', () => {
    const tools = ['delta', 'alpha', 'charlie', 'bravo'].map((id) => makeTool({ id }));
    expect(ids(recommend(makeAnswers(), tools).items)).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
  });

  it('ranks by score before id', () => {
    const result = recommend(makeAnswers({ language: 'sv' }), [
      makeTool({ id: 'a-finnish-only', languages: ['fi'] }),
      makeTool({ id: 'z-swedish', languages: ['sv'] }),
    ]);
    expect(ids(result.items)).toEqual(['z-swedish', 'a-finnish-only']);
  });

  it('byNeed lists every selected need with its tools in rank order', () => {
    const result = recommend(makeAnswers({ needs: ['addiction', 'youth', 'older-people'], language: 'sv' }), [
      makeTool({ id: 'a', needs: ['youth'], languages: ['fi'] }),
      makeTool({ id: 'b', needs: ['youth', 'addiction'], languages: ['sv'] }),
      makeTool({ id: 'c', needs: ['addiction'], languages: ['sv'] }),
    ]);
    expect(ids(result.items)).toEqual(['b', 'c', 'a']);
    expect(result.byNeed).toEqual({ youth: ['b', 'a'], addiction: ['b', 'c'], 'older-people': [] });
  });
});

describe('recommend: relaxation, never a dead end', () => {
  const answers = makeAnswers({ ageGroup: 'teen', language: 'sv', channels: ['game'] });

  it('relaxes nothing when a tool fits strictly', () => {
    const result = recommend(answers, [
      makeTool({ id: 'fits', ageGroups: ['teen'], languages: ['sv'], channels: ['game'] }),
      makeTool({ id: 'wrong-channel', ageGroups: ['teen'], languages: ['sv'], channels: ['web'] }),
    ]);
    expect(result.relaxed).toEqual([]);
    expect(result.strictMatchCount).toBe(1);
    expect(result.items).toHaveLength(2);
  });

  it('counts a multilingual tool as a strict language fit', () => {
    const result = recommend(answers, [
      makeTool({ id: 'mul', ageGroups: ['teen'], languages: ['mul'], channels: ['game'] }),
    ]);
    expect(result.strictMatchCount).toBe(1);
    expect(result.relaxed).toEqual([]);
  });

  it('step 1: relaxes channels', () => {
    const result = recommend(answers, [
      makeTool({ id: 'wrong-channel', ageGroups: ['teen'], languages: ['sv'], channels: ['web'] }),
      makeTool({ id: 'wrong-age', ageGroups: ['adult'], languages: ['sv'], channels: ['game'] }),
    ]);
    expect(result.strictMatchCount).toBe(0);
    expect(result.relaxed).toEqual(['channels']);
    expect(ids(result.items)).toContain('wrong-age');
  });

  it('step 2: relaxes channels and age group', () => {
    const result = recommend(answers, [
      makeTool({ id: 'wrong-age', ageGroups: ['adult'], languages: ['sv'], channels: ['web'] }),
      makeTool({ id: 'wrong-language', ageGroups: ['teen'], languages: ['fi'], channels: ['game'] }),
    ]);
    expect(result.relaxed).toEqual(['channels', 'ageGroup']);
    expect(result.items).toHaveLength(2);
  });

  it('step 3: relaxes channels, age group and language; the tools stay with caveats', () => {
    const result = recommend(answers, [
      makeTool({ id: 'wrong-language', ageGroups: ['teen'], languages: ['fi'], channels: ['game'] }),
    ]);
    expect(result.relaxed).toEqual([...RELAXATION_ORDER]);
    expect(codes(result.items[0]!.caveats)).toContain('language.unavailable');
  });

  it('does not relax when no tool serves the selected needs (relaxing would not help)', () => {
    const result = recommend(makeAnswers({ needs: ['addiction'] }), [
      makeTool({ id: 'a', needs: ['youth'] }),
    ]);
    expect(result).toMatchObject({ items: [], relaxed: [], strictMatchCount: 0 });
  });
});

describe('recommend: purity', () => {
  it('does not mutate its inputs', () => {
    const tool = makeTool({ id: 'a', languages: ['fi'], channels: ['web'], ageGroups: ['adult'] });
    const answers = makeAnswers({ needs: ['youth'], language: 'sv', channels: ['chat'], ageGroup: 'teen' });
    const before = structuredClone({ answers, tool });
    recommend(answers, [tool]);
    expect({ answers, tool }).toEqual(before);
  });

  it('gives the same output for the same input, whatever the catalogue order', () => {
    const tools = [
      makeTool({ id: 'b', needs: ['youth', 'addiction'] }),
      makeTool({ id: 'a', languages: ['en'] }),
    ];
    const answers = makeAnswers({ needs: ['youth', 'addiction'] });
    expect(recommend(answers, tools)).toEqual(recommend(answers, [...tools].reverse()));
  });
});

describe('recommend: stated versus guessed (a field in `inferred` is not a fact)', () => {
  const sv = makeAnswers({ language: 'sv' });
  const fact = (languages: Tool['languages']) => makeTool({ id: 'fact', languages });
  const guess = (languages: Tool['languages']) =>
    makeTool({ id: 'guess', languages, inferred: ['languages'] });

  it('a guessed language without the client’s is "not confirmed", never "not available"', () => {
    const item = only(guess(['fi']), sv);
    expect(item.caveats).toContainEqual({ code: 'language.unconfirmed', lang: 'sv', languages: ['fi'] });
    expect(codes(item.caveats)).not.toContain('language.unavailable');
  });

  it('a guessed language with the client’s is only "likely"', () => {
    const item = only(guess(['fi', 'sv']), sv);
    expect(item.reasons).toContainEqual({ code: 'language.likely', lang: 'sv', languages: ['fi', 'sv'] });
    expect(codes(item.reasons)).not.toContain('language.matched');
  });

  it('points: a fact match > a guessed match > a guessed mismatch > a fact mismatch', () => {
    const scores = [fact(['sv']), guess(['sv']), guess(['fi']), fact(['fi'])].map(
      (tool) => only(tool, sv).score,
    );
    const w = SCORE_WEIGHTS.language;
    expect(scores).toEqual([
      100,
      Math.round(100 - w + w * GUESSED_MATCH_SHARE),
      Math.round(100 - w + w * GUESSED_MISMATCH_SHARE),
      100 - w,
    ]);
  });

  it('a guessed mismatch costs less than a stated one: the tool ranks above the stated mismatch', () => {
    const { items } = recommend(sv, [fact(['fi']), guess(['fi'])]);
    expect(ids(items)).toEqual(['guess', 'fact']);
  });

  it('age groups and channels follow the same rule', () => {
    const answers = makeAnswers({ ageGroup: 'teen', channels: ['video'] });
    const item = only(
      makeTool({ id: 'a', ageGroups: ['adult'], channels: ['web'], inferred: ['ageGroups', 'channels'] }),
      answers,
    );
    expect(item.caveats).toEqual([
      { code: 'age.unconfirmed', ageGroup: 'teen', ageGroups: ['adult'] },
      { code: 'channel.unconfirmed', channels: ['video'], toolChannels: ['web'] },
    ]);
    const likely = only(
      makeTool({ id: 'b', ageGroups: ['teen'], channels: ['video'], inferred: ['ageGroups', 'channels'] }),
      answers,
    );
    expect(likely.reasons).toEqual(
      expect.arrayContaining([
        { code: 'age.likely', ageGroup: 'teen' },
        { code: 'channel.likely', channel: 'video' },
      ]),
    );
  });

  it('a guessed need is listed (needs are a hard condition) as "likely", with half the need points', () => {
    const item = only(makeTool({ id: 'a', needs: ['youth'], inferred: ['needs'] }));
    expect(item.reasons).toContainEqual({ code: 'need.likely', need: 'youth' });
    expect(item.score).toBe(Math.round(100 - SCORE_WEIGHTS.needs * (1 - GUESSED_MATCH_SHARE)));
  });

  it('a stated channel match outranks a guessed language match (the worked example of ADR 0002)', () => {
    // A Swedish-speaking client who wants video: a video service whose Finnish-only language is
    // a guess ranks above a robot whose multilingual label is a guess but which has no video.
    const answers = makeAnswers({ language: 'sv', channels: ['video'] });
    const { items } = recommend(answers, [
      makeTool({ id: 'robot', languages: ['mul'], channels: ['assistive-device'], inferred: ['languages'] }),
      makeTool({ id: 'video', languages: ['fi'], channels: ['video'], inferred: ['languages'] }),
    ]);
    expect(ids(items)).toEqual(['video', 'robot']);
  });

  it('a guessed field the answer does not depend on costs nothing', () => {
    const item = only(
      makeTool({ id: 'a', channels: ['game'], inferred: ['channels', 'requires'] }),
      makeAnswers({ channels: 'any', access: 'independent' }),
    );
    expect(item.score).toBe(100);
  });
});

describe('recommend: hard conditions', () => {
  it('a client without digital access is not sent to an app first: tools within reach rank above', () => {
    const answers = makeAnswers({ access: 'no-access', language: 'sv' });
    const { items } = recommend(answers, [
      // Everything fits, but it needs the client's own smartphone.
      makeTool({
        id: 'app',
        languages: ['sv'],
        requires: { device: 'smartphone', account: false, internet: true },
      }),
      // A stated language mismatch, but usable without any device.
      makeTool({ id: 'leaflet', languages: ['fi'] }),
      // A device the service brings.
      makeTool({
        id: 'robot',
        languages: ['fi'],
        requires: { device: 'special-device', account: false, internet: false },
      }),
    ]);
    expect(ids(items)).toEqual(['leaflet', 'robot', 'app']);
    expect(items.map((i) => i.withinReach)).toEqual([true, true, false]);
    expect(items[2]!.score).toBeGreaterThan(items[0]!.score);
  });

  it('a tool needing an account is out of reach for a client without digital access, even with a device brought', () => {
    const item = only(
      makeTool({ id: 'portal', requires: { device: 'special-device', account: true, internet: true } }),
      makeAnswers({ access: 'no-access' }),
    );
    expect(item.withinReach).toBe(false);
  });

  it('every tool is within reach for a client with access, or when access was not asked', () => {
    const app = makeTool({ id: 'app', requires: { device: 'smartphone', account: true, internet: true } });
    for (const access of ['independent', 'needs-support', 'skipped'] as const) {
      expect(only(app, makeAnswers({ access })).withinReach).toBe(true);
    }
  });

  it('a discontinued or replaced tool is never listed', () => {
    const tools = [makeTool({ id: 'gone' }), makeTool({ id: 'new' }), makeTool({ id: 'check' })].map(
      (tool, i) => ({
        ...tool,
        status: { ...tool.status, state: (['discontinued', 'replaced', 'unverified'] as const)[i]! },
      }),
    );
    expect(ids(recommend(makeAnswers(), tools).items)).toEqual(['check']);
  });
});

describe('recommend: a client who needs support with digital tools', () => {
  it('a device the service brings fits as well as a tool that needs nothing; the client’s own device needs help', () => {
    const answers = makeAnswers({ access: 'needs-support' });
    const brought = only(
      makeTool({ id: 'tablet', requires: { device: 'special-device', account: false, internet: true } }),
      answers,
    );
    expect(brought.reasons).toContainEqual({ code: 'access.fits', access: 'needs-support' });
    expect(brought.score).toBe(100);
    const own = only(
      makeTool({ id: 'app', requires: { device: 'smartphone', account: false, internet: true } }),
      answers,
    );
    expect(own.caveats).toContainEqual({ code: 'access.needsSupport', device: 'smartphone', guessed: false });
    const account = only(
      makeTool({ id: 'portal', requires: { device: 'special-device', account: true, internet: true } }),
      answers,
    );
    expect(account.caveats).toContainEqual({
      code: 'access.needsSupport',
      device: 'special-device',
      guessed: false,
    });
    expect(own.score).toBeLessThan(brought.score);
  });
});
