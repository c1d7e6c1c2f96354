import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartialAnswers } from '../../src/domain/answers.ts';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  NEED_IDS,
  UI_LANGUAGES,
} from '../../src/domain/taxonomy.ts';
import {
  MAX_DROPPED_LISTED,
  MAX_NOTICE_VALUE_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  PASS_THROUGH_PARAMS,
  SHARE_PARAMS,
  decodeShareQuery,
  encodePracticeQuery,
  encodeShareQuery,
  noticeValue,
  type DecodedShareQuery,
  type DroppedValue,
} from '../../src/domain/share-link.ts';
import { sanitizeAnswers } from '../../flows/planning-steps.ts';

const RUNS = { numRuns: 1000 };

/* Arbitraries */

const needsArb = fc.uniqueArray(fc.constantFrom(...NEED_IDS), { minLength: 1, maxLength: NEED_IDS.length });
const channelListArb = fc.uniqueArray(fc.constantFrom(...CHANNEL_IDS), {
  minLength: 1,
  maxLength: CHANNEL_IDS.length,
});
const answersArb: fc.Arbitrary<PartialAnswers> = fc.record(
  {
    needs: needsArb,
    ageGroup: fc.constantFrom(...AGE_GROUP_IDS),
    language: fc.constantFrom(...CLIENT_LANGUAGE_IDS),
    channels: fc.oneof(fc.constant('any' as const), channelListArb),
    access: fc.constantFrom(...ACCESS_IDS, 'skipped' as const),
  },
  { requiredKeys: [] },
);
const uiArb = fc.option(fc.constantFrom(...UI_LANGUAGES), { nil: undefined });

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE answers; --",
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'toString',
  'äiti',
  'ÄITI,child-protection',
  'يوث',
  '👩‍👧',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%%%',
  '&',
  '=',
  '+',
  ',',
  ',,',
  'any',
  'any,chat',
  'youth,youth',
  'youth,,addiction',
  'skipped',
  'practice',
  ' youth',
  'YOUTH',
];

/** Parameter names: mostly the ones the decoder knows, so values reach the id checks. */
const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SHARE_PARAMS, ...PASS_THROUGH_PARAMS) },
  { weight: 1, arbitrary: fc.constantFrom('foo', 'Needs', 'needs ', '', '__proto__', '<script>') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

const anyKnownId = fc.constantFrom(
  ...NEED_IDS,
  ...AGE_GROUP_IDS,
  ...CLIENT_LANGUAGE_IDS,
  ...CHANNEL_IDS,
  ...ACCESS_IDS,
  ...UI_LANGUAGES,
  'any',
  'skipped',
  'practice',
);
const itemArb = fc.oneof(
  { weight: 4, arbitrary: anyKnownId },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const valueArb = fc.oneof(
  { weight: 4, arbitrary: fc.array(itemArb, { maxLength: 25 }).map((items) => items.join(',')) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.integer({ min: 900, max: 1200 }))
      .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)),
  },
);
/** A list of [key, value] pairs, repeats and all, as a link might carry them. */
const pairsArb = fc.array(fc.tuple(keyArb, valueArb), { maxLength: 12 });

/** A query string close to a real one: known keys, separators and escapes in odd places. */
const queryishArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...SHARE_PARAMS,
        ...PASS_THROUGH_PARAMS,
        '=',
        '&',
        ',',
        '?',
        '#',
        '%',
        '%2C',
        '%26',
        '%3D',
        '+',
      ),
      itemArb,
    ),
    { maxLength: 30 },
  )
  .map((tokens) => tokens.join(''));

/* Helpers */

/** What every decode must satisfy, whatever came in. */
function expectWellFormed(decoded: DecodedShareQuery) {
  expect(PartialAnswers.safeParse(decoded.answers).success).toBe(true);
  expect(sanitizeAnswers(decoded.answers)).toEqual(decoded.answers);
  const { needs, channels } = decoded.answers;
  if (needs) expect(needs).toEqual(NEED_IDS.filter((id) => needs.includes(id)));
  if (Array.isArray(channels)) expect(channels).toEqual(CHANNEL_IDS.filter((id) => channels.includes(id)));
  if (decoded.ui !== undefined) expect(UI_LANGUAGES).toContain(decoded.ui);
  if (decoded.mode !== undefined) expect(decoded.mode).toBe('practice');
  if (decoded.scenario !== undefined) expect(decoded.scenario).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(decoded.hasAnswers).toBe(Object.keys(decoded.answers).length > 0);
  for (const d of decoded.dropped) {
    expect(d.value.length).toBeLessThanOrEqual(MAX_NOTICE_VALUE_LENGTH);
    expect(d.param.length).toBeLessThanOrEqual(MAX_NOTICE_VALUE_LENGTH);
    expect(PASS_THROUGH_PARAMS as readonly string[]).not.toContain(d.param);
  }
}

/** Sorts ids into taxonomy order, as the encoder and decoder do. */
const normalise = (answers: PartialAnswers): PartialAnswers => {
  const out: PartialAnswers = { ...answers };
  if (answers.needs) out.needs = NEED_IDS.filter((id) => answers.needs?.includes(id));
  const channels = answers.channels;
  if (Array.isArray(channels)) out.channels = CHANNEL_IDS.filter((id) => channels.includes(id));
  return out;
};

/**
 * The oracle for "clean": the link's answer parameters, with list items sorted, equal those
 * of the re-encoded result as multisets. Anything dropped, repeated or unknown breaks that.
 */
const canonicalPairs = (params: URLSearchParams) =>
  [...params]
    .filter(([key]) => !(PASS_THROUGH_PARAMS as readonly string[]).includes(key))
    .map(([key, value]) =>
      key === 'needs' || key === 'channels' ? [key, value.split(',').sort().join(',')] : [key, value],
    )
    .map((pair) => JSON.stringify(pair))
    .sort();

const reencoded = (decoded: DecodedShareQuery) =>
  new URLSearchParams(encodeShareQuery(decoded.answers, decoded.ui));

const FLAWS = [
  'none',
  'dup-item',
  'empty-item',
  'extra-item',
  'any-item',
  'repeat',
  'unknown-param',
  'empty',
] as const;

/** A clean link's pairs with one flaw of the given kind (which may happen to be harmless). */
function withFlaw(
  pairs: [string, string][],
  flaw: (typeof FLAWS)[number],
  at: number,
  item: string,
): [string, string][] {
  const out = pairs.map(([k, v]): [string, string] => [k, v]);
  const target = out[at % Math.max(out.length, 1)];
  if (flaw === 'unknown-param' || !target) return [...out, [`x${item}`, item]];
  const [key, value] = target;
  if (flaw === 'dup-item') target[1] = `${value},${value.split(',')[0] ?? ''}`;
  if (flaw === 'empty-item') target[1] = `${value},`;
  if (flaw === 'extra-item') target[1] = `${value},${item}`;
  if (flaw === 'any-item') target[1] = `any,${value}`;
  if (flaw === 'repeat') out.push([key, at % 2 === 0 ? value : item]);
  if (flaw === 'empty') target[1] = '';
  return out;
}

const drops = (search: string) => decodeShareQuery(search).dropped;
const drop = (param: string, value: string, reason: DroppedValue['reason']): DroppedValue => ({
  param,
  value,
  reason,
});

/* Tests */

describe('encodeShareQuery', () => {
  it('writes nothing for no answers', () => {
    expect(encodeShareQuery({})).toBe('');
  });

  it('writes the parameters in a fixed order with readable commas', () => {
    const query = encodeShareQuery(
      {
        access: 'skipped',
        channels: ['phone', 'chat'],
        language: 'ckb',
        ageGroup: 'young-adult',
        needs: ['youth', 'child-protection'],
      },
      'sv',
    );
    expect(query).toBe(
      '?needs=child-protection,youth&age=young-adult&lang=ckb&channels=chat,phone&access=skipped&ui=sv',
    );
    expect(query).not.toContain('%2C');
  });

  it('omits unanswered questions and writes channels "any"', () => {
    expect(encodeShareQuery({ channels: 'any' })).toBe('?channels=any');
    expect(encodeShareQuery({ ageGroup: 'adult' }, 'fi')).toBe('?age=adult&ui=fi');
    expect(encodeShareQuery({ needs: [] })).toBe('');
  });

  it('never writes an id the taxonomy does not have', () => {
    const bad = {
      needs: ['youth', '<script>'],
      ageGroup: 'x',
      channels: ['chat', 'chat'],
    } as unknown as PartialAnswers;
    expect(encodeShareQuery(bad)).toBe('?needs=youth&channels=chat');
  });
});

describe('decodeShareQuery: examples', () => {
  it('reads a clean link, with or without the question mark, or parsed parameters', () => {
    const search = '?needs=child-protection,youth&age=adult&lang=fi&channels=any&access=needs-support&ui=en';
    const expected: DecodedShareQuery = {
      answers: {
        needs: ['child-protection', 'youth'],
        ageGroup: 'adult',
        language: 'fi',
        channels: 'any',
        access: 'needs-support',
      },
      ui: 'en',
      dropped: [],
      hasAnswers: true,
      tooLong: false,
    };
    expect(decodeShareQuery(search)).toEqual(expected);
    expect(decodeShareQuery(search.slice(1))).toEqual(expected);
    expect(decodeShareQuery(new URLSearchParams(search))).toEqual(expected);
  });

  it('reads an empty link as nothing', () => {
    for (const search of ['', '?', '?&&', '&']) {
      expect(decodeShareQuery(search)).toEqual({
        answers: {},
        dropped: [],
        hasAnswers: false,
        tooLong: false,
      });
    }
  });

  it('puts list ids in taxonomy order without a notice', () => {
    const decoded = decodeShareQuery('?needs=youth,child-protection&channels=phone,chat');
    expect(decoded.answers).toEqual({ needs: ['child-protection', 'youth'], channels: ['chat', 'phone'] });
    expect(decoded.dropped).toEqual([]);
  });

  it('accepts escaped commas and ids', () => {
    expect(decodeShareQuery('?needs=youth%2Caddiction&age=%61dult')).toEqual({
      answers: { needs: ['youth', 'addiction'], ageGroup: 'adult' },
      dropped: [],
      hasAnswers: true,
      tooLong: false,
    });
  });

  it('passes mode and scenario through and never reports them', () => {
    expect(decodeShareQuery('?mode=practice&scenario=lone-parent-debt')).toEqual({
      answers: {},
      mode: 'practice',
      scenario: 'lone-parent-debt',
      dropped: [],
      hasAnswers: false,
      tooLong: false,
    });
    // A case's own address: `case` (the older `scenario` still works; `case` wins).
    expect(decodeShareQuery('?mode=practice&case=prison-release').scenario).toBe('prison-release');
    expect(decodeShareQuery('?scenario=old-one&case=new-one').scenario).toBe('new-one');
    expect(decodeShareQuery('?case=new-one&scenario=old-one').scenario).toBe('new-one');
    expect(decodeShareQuery('?case=new-one&scenario=old-one').dropped).toEqual([]);
    const odd = decodeShareQuery('?mode=exam&scenario=%3Cscript%3E&mode=practice&scenario=x');
    expect(odd.mode).toBeUndefined();
    expect(odd.scenario).toBeUndefined();
    expect(odd.dropped).toEqual([]);
  });

  it("reason 'unknown': an id outside the taxonomy, however hostile", () => {
    expect(drops('?age=toddler')).toEqual([drop('age', 'toddler', 'unknown')]);
    expect(drops('?lang=klingon&ui=de&access=maybe')).toEqual([
      drop('lang', 'klingon', 'unknown'),
      drop('ui', 'de', 'unknown'),
      drop('access', 'maybe', 'unknown'),
    ]);
    const script = decodeShareQuery(`?needs=${encodeURIComponent('<script>alert("x")</script>')},youth`);
    expect(script.answers).toEqual({ needs: ['youth'] });
    expect(script.dropped).toEqual([drop('needs', '<script>alert("x")</script>', 'unknown')]);
    expect(drops(`?age=${encodeURIComponent('äiti "quoted" \'single\'')}`)).toEqual([
      drop('age', 'äiti "quoted" \'single\'', 'unknown'),
    ]);
    expect(drops('?age=ADULT')).toEqual([drop('age', 'ADULT', 'unknown')]);
  });

  it("reason 'unknown': 'any' beside channel ids; the ids are kept", () => {
    const decoded = decodeShareQuery('?channels=chat,any,video');
    expect(decoded.answers).toEqual({ channels: ['chat', 'video'] });
    expect(decoded.dropped).toEqual([drop('channels', 'any', 'unknown')]);
  });

  it("reason 'duplicate': a repeated id collapses", () => {
    const decoded = decodeShareQuery('?needs=youth,addiction,youth&channels=any,any');
    expect(decoded.answers).toEqual({ needs: ['youth', 'addiction'], channels: 'any' });
    expect(decoded.dropped).toEqual([
      drop('needs', 'youth', 'duplicate'),
      drop('channels', 'any', 'duplicate'),
    ]);
  });

  it("reason 'too-long': a value over the limit, or a list longer than the taxonomy", () => {
    const long = 'youth,'.repeat(200);
    expect(long.length).toBeGreaterThan(MAX_VALUE_LENGTH);
    const decoded = decodeShareQuery(`?needs=${long}&age=adult`);
    expect(decoded.answers).toEqual({ ageGroup: 'adult' });
    expect(decoded.dropped).toEqual([drop('needs', noticeValue(long), 'too-long')]);

    const twenty = [...NEED_IDS, 'youth'].join(',');
    const listed = decodeShareQuery(`?needs=${twenty}`);
    expect(listed.answers).toEqual({ needs: [...NEED_IDS] });
    expect(listed.dropped).toEqual([drop('needs', 'youth', 'too-long')]);

    const channels = decodeShareQuery(`?channels=any,${CHANNEL_IDS.join(',')},chat`);
    expect(channels.answers).toEqual({ channels: [...CHANNEL_IDS] });
    expect(channels.dropped).toEqual([
      drop('channels', 'chat', 'too-long'),
      drop('channels', 'any', 'unknown'),
    ]);
  });

  it("reason 'empty': an empty value or list item", () => {
    const decoded = decodeShareQuery('?needs=youth,,addiction,&age=&channels');
    expect(decoded.answers).toEqual({ needs: ['youth', 'addiction'] });
    expect(decoded.dropped).toEqual([
      drop('needs', '', 'empty'),
      drop('needs', '', 'empty'),
      drop('age', '', 'empty'),
      drop('channels', '', 'empty'),
    ]);
  });

  it("reason 'repeated-param': the first occurrence wins", () => {
    const decoded = decodeShareQuery('?age=adult&age=teen&needs=youth&needs=addiction');
    expect(decoded.answers).toEqual({ ageGroup: 'adult', needs: ['youth'] });
    expect(decoded.dropped).toEqual([
      drop('age', 'teen', 'repeated-param'),
      drop('needs', 'addiction', 'repeated-param'),
    ]);
    // Even when the first occurrence was unusable: a link is read once, in order.
    expect(decodeShareQuery('?age=x&age=adult').answers).toEqual({});
  });

  it("reason 'unknown-param': anything but the link's own and the app's parameters", () => {
    expect(drops('?utm_source=mail&needs=youth&Needs=addiction')).toEqual([
      drop('utm_source', 'mail', 'unknown-param'),
      drop('Needs', 'addiction', 'unknown-param'),
    ]);
  });

  it('cuts noticed values to at most 40 units without splitting a character', () => {
    const huge = 'x'.repeat(1500);
    const [d] = drops(`?${huge}=${huge}`);
    expect(d?.param.length).toBeLessThanOrEqual(MAX_NOTICE_VALUE_LENGTH);
    expect(d?.value.length).toBeLessThanOrEqual(MAX_NOTICE_VALUE_LENGTH);
    expect(d?.value.endsWith('…')).toBe(true);
    const emoji = `${'a'.repeat(38)}😀😀`;
    expect(noticeValue(emoji)).toBe(`${'a'.repeat(38)}…`);
    expect(noticeValue('short')).toBe('short');
  });

  it('writes a practice case address that decodes to the same case', () => {
    expect(encodePracticeQuery('payday-loans', 'sv')).toBe('?mode=practice&case=payday-loans&ui=sv');
    expect(encodePracticeQuery(undefined)).toBe('?mode=practice');
    expect(encodePracticeQuery('<script>', 'fi')).toBe('?mode=practice&ui=fi');
    const decoded = decodeShareQuery(encodePracticeQuery('payday-loans', 'en'));
    expect(decoded).toMatchObject({ mode: 'practice', scenario: 'payday-loans', ui: 'en', dropped: [] });
  });

  it('reads nothing of a query longer than MAX_QUERY_LENGTH, and says so', () => {
    const long = `?needs=youth&age=adult&${'x'.repeat(20_000)}=1`;
    expect(decodeShareQuery(long)).toEqual({ answers: {}, dropped: [], hasAnswers: false, tooLong: true });
    const justFits = `?needs=youth&pad=${'x'.repeat(MAX_QUERY_LENGTH - 17)}`;
    expect(justFits.length).toBe(MAX_QUERY_LENGTH);
    expect(decodeShareQuery(justFits).answers).toEqual({ needs: ['youth'] });
    // The limit is on the query: at the limit it reads the same with and without its "?" and
    // as parsed parameters (fast-check found "?" + a query of exactly the limit refused).
    const atLimit = `needs=youth&pad=${'x'.repeat(MAX_QUERY_LENGTH - 16)}`;
    expect(atLimit.length).toBe(MAX_QUERY_LENGTH);
    for (const search of [atLimit, `?${atLimit}`, new URLSearchParams(atLimit)])
      expect(decodeShareQuery(search).answers, String(search).slice(0, 12)).toEqual({ needs: ['youth'] });
    expect(decodeShareQuery(`?${atLimit}x`).tooLong).toBe(true);
  });

  it('lists at most MAX_DROPPED_LISTED dropped values', () => {
    const many = `?${Array.from({ length: 200 }, (_, i) => `p${i}=1`).join('&')}`;
    expect(decodeShareQuery(many).dropped).toHaveLength(MAX_DROPPED_LISTED);
  });

  it('leaves the answer unanswered when every id in a list was dropped', () => {
    const decoded = decodeShareQuery('?needs=foo,bar&channels=,');
    expect(decoded.answers).toEqual({});
    expect(decoded.hasAnswers).toBe(false);
    expect(decoded.dropped.map((d) => d.reason)).toEqual(['unknown', 'unknown', 'empty', 'empty']);
  });

  it('does not throw on malformed percent-encoding', () => {
    for (const search of [
      '?age=%',
      '?age=%E0%A4%A',
      '?needs=%zz,youth',
      '?%=%',
      '?age=%C0%AF',
      '?age=%uD800',
    ]) {
      expect(() => decodeShareQuery(search)).not.toThrow();
      expectWellFormed(decodeShareQuery(search));
    }
    expect(decodeShareQuery('?needs=%zz,youth').answers).toEqual({ needs: ['youth'] });
  });

  it('reads "+" as a space, as forms do, so it is an unknown id', () => {
    expect(drops('?age=adult+')).toEqual([drop('age', 'adult ', 'unknown')]);
  });
});

describe('decodeShareQuery: properties', () => {
  it('round-trips any valid partial answers and UI language', () => {
    fc.assert(
      fc.property(answersArb, uiArb, (answers, ui) => {
        const query = encodeShareQuery(answers, ui);
        const decoded = decodeShareQuery(query);
        expect(decoded.answers).toEqual(normalise(answers));
        expect(decoded.ui).toBe(ui);
        expect(decoded.dropped).toEqual([]);
        expect(decoded.hasAnswers).toBe(Object.keys(answers).length > 0);
        expect(query === '').toBe(Object.keys(answers).length === 0 && ui === undefined);
        expect(query).not.toMatch(/%2C/i);
        expect(encodeShareQuery(decoded.answers, decoded.ui)).toBe(query);
        expectWellFormed(decoded);
      }),
      RUNS,
    );
  });

  it('reports nothing for a clean encoding, in any parameter and list order, beside mode and scenario', () => {
    fc.assert(
      fc.property(
        answersArb,
        uiArb,
        fc.boolean(),
        fc.infiniteStream(fc.integer()),
        (answers, ui, practice, randomness) => {
          const pairs = [...new URLSearchParams(encodeShareQuery(answers, ui))].map(
            ([key, value]): [string, string] => {
              if (key !== 'needs' && key !== 'channels') return [key, value];
              const items = value.split(',');
              const shuffled = items
                .map((item) => [randomness.next().value, item] as const)
                .sort((a, b) => a[0] - b[0]);
              return [key, shuffled.map(([, item]) => item).join(',')];
            },
          );
          if (practice) pairs.push(['mode', 'practice'], ['scenario', 'case-1']);
          const order = pairs
            .map((pair) => [randomness.next().value, pair] as const)
            .sort((a, b) => a[0] - b[0]);
          const decoded = decodeShareQuery(new URLSearchParams(order.map(([, pair]) => pair)));
          expect(decoded.dropped).toEqual([]);
          expect(decoded.answers).toEqual(normalise(answers));
        },
      ),
      RUNS,
    );
  });

  it('never throws and returns only valid ids for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), queryishArb), (search) => {
        expectWellFormed(decodeShareQuery(search));
      }),
      RUNS,
    );
  });

  it('never throws and returns only valid ids for any [key, value] pairs, as a string or parsed', () => {
    fc.assert(
      fc.property(pairsArb, fc.boolean(), (pairs, leadingMark) => {
        const params = new URLSearchParams(pairs);
        const fromParams = decodeShareQuery(params);
        const fromString = decodeShareQuery(`${leadingMark ? '?' : ''}${params.toString()}`);
        expectWellFormed(fromParams);
        expect(fromString).toEqual(fromParams);
      }),
      RUNS,
    );
  });

  it('reports something exactly when the link is not a clean encoding', () => {
    let clean = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          pairsArb,
          // Clean links with at most one small flaw, so both sides of "iff" are exercised.
          fc
            .tuple(answersArb, uiArb, fc.constantFrom(...FLAWS), fc.nat(), itemArb)
            .map(([answers, ui, flaw, at, item]) =>
              withFlaw([...new URLSearchParams(encodeShareQuery(answers, ui))], flaw, at, item),
            ),
        ),
        (pairs) => {
          const params = new URLSearchParams(pairs);
          const decoded = decodeShareQuery(params);
          const isClean =
            String(params).length <= MAX_QUERY_LENGTH &&
            JSON.stringify(canonicalPairs(params)) === JSON.stringify(canonicalPairs(reencoded(decoded)));
          if (isClean) clean += 1;
          expect(decoded.dropped.length === 0 && !decoded.tooLong).toBe(isClean);
        },
      ),
      RUNS,
    );
    expect(clean).toBeGreaterThan(100);
    expect(clean).toBeLessThan(900);
  });
});
