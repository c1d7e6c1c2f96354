import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUESTION_IDS,
  STEP_IDS,
  STEP_QUESTIONS,
  type Answers,
  type PartialAnswers,
} from '../../src/domain/answers.ts';
import { encodeShareQuery, SHARE_PARAMS } from '../../src/domain/share-link.ts';
import {
  SESSION_STEPS,
  serializeSessionRecord,
  type SessionRecord,
} from '../../src/domain/session-record.ts';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  NEED_IDS,
  UI_LANGUAGES,
} from '../../src/domain/taxonomy.ts';
import { bootWizard } from '../../flows/wizard-boot.ts';
import { resumeSnapshot } from '../../flows/planning-machine.ts';
import { WIZARD_STEPS, canOpenStep, normalizeStep, sanitizeAnswers } from '../../flows/planning-steps.ts';

const COMPLETE: Answers = {
  needs: ['youth', 'addiction'],
  ageGroup: 'teen',
  language: 'sv',
  channels: ['chat'],
  access: 'independent',
};
const OTHER: Answers = {
  needs: ['older-people'],
  ageGroup: 'older-adult',
  language: 'fi',
  channels: 'any',
  access: 'no-access',
};

const record = (over: Partial<SessionRecord> = {}): SessionRecord => ({
  version: 1,
  step: 'results',
  answers: COMPLETE,
  chosenTools: ['netari-fi'],
  consideredPrompts: ['minor-consent'],
  savedOn: '2025-03-01',
  ...over,
});
const stored = (over: Partial<SessionRecord> = {}) => serializeSessionRecord(record(over));
/** Compares answers the way the link does: same ids, list order not significant. */
const same = (a: PartialAnswers, b: PartialAnswers) => encodeShareQuery(a) === encodeShareQuery(b);

describe('bootWizard: which source wins', () => {
  it('starts empty at the first question with no link and no record', () => {
    expect(bootWizard('', null)).toEqual({
      answers: {},
      step: 'needs',
      chosenTools: [],
      consideredPrompts: [],
      notices: [],
      holdRecord: false,
      ui: undefined,
      scenario: undefined,
    });
  });

  it('resumes the record when the address holds no answers', () => {
    const boot = bootWizard('', stored({ step: 'channels' }));
    expect(boot.answers).toEqual(COMPLETE);
    expect(boot.step).toBe('channels');
    expect(boot.chosenTools).toEqual(['netari-fi']);
    expect(boot.consideredPrompts).toEqual(['minor-consent']);
    expect(boot.notices).toEqual([]);
  });

  it('opens a link with other answers, keeping the saved plan in a notice and holding the record', () => {
    const boot = bootWizard(encodeShareQuery(OTHER), stored());
    expect(boot.answers).toEqual(OTHER);
    expect(boot.step).toBe('results');
    expect(boot.chosenTools).toEqual([]);
    expect(boot.consideredPrompts).toEqual([]);
    expect(boot.holdRecord).toBe(true);
    expect(boot.notices).toEqual([
      {
        kind: 'saved-plan-kept',
        saved: { answers: COMPLETE, step: 'results', tools: ['netari-fi'], considered: ['minor-consent'] },
      },
    ]);
  });

  it('opens a link over a record with nothing in it without a notice, and saves over it', () => {
    // The app writes a record as soon as it opens: a visit that answered nothing is no plan.
    const empty = stored({ step: 'needs', answers: {}, chosenTools: [], consideredPrompts: [] });
    const boot = bootWizard(encodeShareQuery(OTHER), empty);
    expect(boot.answers).toEqual(OTHER);
    expect(boot.step).toBe('results');
    expect(boot.notices).toEqual([]);
    expect(boot.holdRecord).toBe(false);
    // One chosen tool, or one marked prompt, is a plan to keep.
    for (const kept of [
      stored({ answers: {}, chosenTools: ['netari-fi'], consideredPrompts: [] }),
      stored({ answers: {}, chosenTools: [], consideredPrompts: ['minor-consent'] }),
    ]) {
      const over = bootWizard(encodeShareQuery(OTHER), kept);
      expect(over.notices.map((n) => n.kind)).toEqual(['saved-plan-kept']);
      expect(over.holdRecord).toBe(true);
    }
  });

  it('holds nothing and offers nothing on a reload of the saved plan', () => {
    const boot = bootWizard(encodeShareQuery(COMPLETE), stored());
    expect(boot.holdRecord).toBe(false);
    expect(boot.notices).toEqual([]);
  });

  it('a partial link also wins, and opens at its first unanswered question', () => {
    const boot = bootWizard('?needs=family-work&age=adult', stored());
    expect(boot.answers).toEqual({ needs: ['family-work'], ageGroup: 'adult' });
    expect(boot.step).toBe('client');
    expect(boot.chosenTools).toEqual([]);
  });

  it('keeps the record step, tools and marks on a reload (same answers in link and record)', () => {
    for (const step of WIZARD_STEPS) {
      const boot = bootWizard(encodeShareQuery(COMPLETE, 'en'), stored({ step }));
      expect(boot.step, step).toBe(step);
      expect(boot.answers).toEqual(COMPLETE);
      expect(boot.chosenTools).toEqual(['netari-fi']);
      expect(boot.consideredPrompts).toEqual(['minor-consent']);
      expect(boot.ui).toBe('en');
    }
  });

  it('treats list order in the address as the same answers (the app writes taxonomy order)', () => {
    const reordered = { ...COMPLETE, needs: ['addiction', 'youth'] } satisfies Answers;
    const boot = bootWizard(
      '?needs=addiction,youth&age=teen&lang=sv&channels=chat&access=independent',
      stored({ answers: reordered, step: 'results' }),
    );
    expect(boot.step).toBe('results');
    expect(boot.chosenTools).toEqual(['netari-fi']);
  });

  it('resumes a partial record at its step when the earlier questions are answered, else the first open one', () => {
    const partial = { needs: ['youth'], ageGroup: 'teen' } satisfies PartialAnswers;
    expect(bootWizard('', stored({ answers: partial, step: 'client' })).step).toBe('client');
    expect(bootWizard('', stored({ answers: partial, step: 'needs' })).step).toBe('needs');
    expect(bootWizard('', stored({ answers: partial, step: 'results' })).step).toBe('client');
    expect(bootWizard('', stored({ answers: partial, step: 'channels' })).step).toBe('client');
  });

  it('opens a record an earlier version saved at an old step name at the step that asks the same now', () => {
    const old = { ageGroup: 'client', language: 'client', access: 'client', review: 'results' } as const;
    for (const [step, now] of Object.entries(old)) {
      const boot = bootWizard('', stored({ step: step as SessionRecord['step'] }));
      expect(boot.step, step).toBe(now);
      // The record is used, not set aside: answers, tools and marks come back, with no notice.
      expect(boot.answers).toEqual(COMPLETE);
      expect(boot.chosenTools).toEqual(['netari-fi']);
      expect(boot.notices).toEqual([]);
    }
    // An old review with an answer missing opens the step that asks it.
    const partial = { ...COMPLETE, channels: undefined };
    expect(bootWizard('', stored({ answers: partial, step: 'review' })).step).toBe('channels');
    // A link over an old record keeps the saved plan's step in today's names.
    const over = bootWizard(encodeShareQuery(OTHER), stored({ step: 'review' }));
    const kept = over.notices.find((n) => n.kind === 'saved-plan-kept');
    expect(kept?.kind === 'saved-plan-kept' && kept.saved.step).toBe('results');
  });

  it('a complete link lands on the results, a partial one on its first open step', () => {
    expect(bootWizard(encodeShareQuery(COMPLETE), null).step).toBe('results');
    for (const [i, step] of STEP_IDS.entries()) {
      const answers = Object.fromEntries(
        STEP_IDS.slice(0, i)
          .flatMap((s) => STEP_QUESTIONS[s])
          .map((k) => [k, COMPLETE[k]]),
      ) as PartialAnswers;
      expect(bootWizard(encodeShareQuery(answers), null).step, step).toBe(step);
    }
    // A gap in the middle: the step with the first gap is where the practitioner continues.
    expect(bootWizard('?needs=youth&lang=fi&channels=any&access=skipped', null).step).toBe('client');
    expect(bootWizard('?needs=youth&age=teen&lang=fi&access=skipped', null).step).toBe('channels');
  });

  it('passes a case id through from `case` or the older `scenario`', () => {
    expect(bootWizard('?mode=practice&case=teen-gaming', null).scenario).toBe('teen-gaming');
  });

  it('passes the UI language and the practice scenario through', () => {
    const boot = bootWizard('?ui=sv&mode=practice&scenario=teen-gaming', null);
    expect(boot.ui).toBe('sv');
    expect(boot.scenario).toBe('teen-gaming');
    expect(boot.notices).toEqual([]);
    expect(boot.step).toBe('needs');
  });

  it('a link with only ui= is no link with answers: the record is kept', () => {
    const boot = bootWizard('?ui=en', stored({ step: 'channels' }));
    expect(boot.step).toBe('channels');
    expect(boot.answers).toEqual(COMPLETE);
    expect(boot.ui).toBe('en');
  });
});

describe('bootWizard: notices', () => {
  it('drops a corrupted record with a notice', () => {
    for (const raw of [
      '{not json',
      '[]',
      'null',
      '{"version":1}',
      JSON.stringify({ ...record(), note: 'Maija' }),
    ]) {
      const boot = bootWizard('', raw);
      expect(boot.notices, raw).toEqual([{ kind: 'storage-corrupted' }]);
      expect(boot.answers).toEqual({});
      expect(boot.step).toBe('needs');
      expect(boot.chosenTools).toEqual([]);
    }
  });

  it('drops an outdated record with a notice', () => {
    for (const version of [0, 2, '1']) {
      const boot = bootWizard('', JSON.stringify({ ...record(), version }));
      expect(boot.notices).toEqual([{ kind: 'storage-outdated' }]);
      expect(boot.answers).toEqual({});
      expect(boot.holdRecord).toBe(true);
    }
  });

  it('sets aside a record dated after today, whole, and holds it', () => {
    const boot = bootWizard('', stored({ savedOn: '2026-12-04' }), '2026-12-03');
    expect(boot.notices).toEqual([{ kind: 'storage-future' }]);
    expect(boot.answers).toEqual({});
    expect(boot.chosenTools).toEqual([]);
    expect(boot.holdRecord).toBe(true);
    expect(bootWizard('', stored({ savedOn: '2026-12-03' }), '2026-12-03').answers).toEqual(COMPLETE);
  });

  it('opens a link too long to read with a notice and nothing of it', () => {
    const boot = bootWizard(`?needs=youth&${'x'.repeat(20_000)}=1`, null);
    expect(boot.notices).toEqual([{ kind: 'link-too-long' }]);
    expect(boot.answers).toEqual({});
    expect(boot.step).toBe('needs');
  });

  it('reports link values it could not use and keeps the rest', () => {
    const boot = bootWizard('?needs=youth,nope&age=toddler&x=1', null);
    expect(boot.answers).toEqual({ needs: ['youth'] });
    expect(boot.step).toBe('client');
    expect(boot.notices).toEqual([
      {
        kind: 'link-dropped',
        dropped: [
          { param: 'needs', value: 'nope', reason: 'unknown' },
          { param: 'age', value: 'toddler', reason: 'unknown' },
          { param: 'x', value: '1', reason: 'unknown-param' },
        ],
      },
    ]);
  });

  it('gives both notices when the record is bad and the link is damaged', () => {
    const boot = bootWizard('?needs=youth,youth', '{');
    expect(boot.notices.map((n) => n.kind)).toEqual(['storage-corrupted', 'link-dropped']);
    expect(boot.answers).toEqual({ needs: ['youth'] });
  });

  it('a damaged link with no usable answer leaves the record in charge', () => {
    const boot = bootWizard('?needs=nope', stored({ step: 'channels' }));
    expect(boot.step).toBe('channels');
    expect(boot.answers).toEqual(COMPLETE);
    expect(boot.notices).toEqual([
      { kind: 'link-dropped', dropped: [{ param: 'needs', value: 'nope', reason: 'unknown' }] },
    ]);
  });
});

/* --- property tests ------------------------------------------------------------------ */

const RUNS = { numRuns: 1000 };

const answersArb: fc.Arbitrary<PartialAnswers> = fc.record(
  {
    needs: fc.uniqueArray(fc.constantFrom(...NEED_IDS), { minLength: 1, maxLength: 4 }),
    ageGroup: fc.constantFrom(...AGE_GROUP_IDS),
    language: fc.constantFrom(...CLIENT_LANGUAGE_IDS),
    channels: fc.oneof(
      fc.constant('any' as const),
      fc.uniqueArray(fc.constantFrom(...CHANNEL_IDS), { minLength: 1, maxLength: 3 }),
    ),
    access: fc.constantFrom(...ACCESS_IDS, 'skipped' as const),
  },
  { requiredKeys: [] },
);
/** Today's steps and the names earlier versions wrote. */
const stepArb = fc.constantFrom<SessionRecord['step']>(...SESSION_STEPS);

/** Query strings: clean links, links with noise in known parameters, and any text at all. */
const searchArb: fc.Arbitrary<string> = fc.oneof(
  answersArb.map((a) => encodeShareQuery(a)),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...SHARE_PARAMS, 'mode', 'scenario'), fc.string({ maxLength: 6 })),
        fc.oneof(
          fc.constantFrom(
            ...NEED_IDS,
            ...AGE_GROUP_IDS,
            ...CHANNEL_IDS,
            ...ACCESS_IDS,
            ...UI_LANGUAGES,
            'any',
            'skipped',
          ),
          fc.string(),
          fc
            .array(fc.constantFrom(...NEED_IDS, ...CHANNEL_IDS, '', 'any'), { maxLength: 25 })
            .map((l) => l.join(',')),
        ),
      ),
      { maxLength: 8 },
    )
    .map(
      (pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`,
    ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string().map((s) => `?${s}`),
);

/** Stored strings: valid records, records with one field replaced, JSON of anything, any text. */
const storedArb: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc
    .record({ answers: answersArb, step: stepArb })
    .map(({ answers, step }) =>
      serializeSessionRecord(record({ answers, step, chosenTools: [], consideredPrompts: [] })),
    ),
  fc
    .tuple(
      fc.constantFrom('version', 'step', 'answers', 'chosenTools', 'consideredPrompts', 'savedOn', 'extra'),
      fc.jsonValue(),
    )
    .map(([key, value]) => JSON.stringify({ ...record(), [key]: value })),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

describe('bootWizard: properties', () => {
  it('never throws and always opens a step the machine can open for its answers', () => {
    fc.assert(
      fc.property(searchArb, storedArb, (search, raw) => {
        const boot = bootWizard(search, raw);
        // Only clean answers reach the wizard.
        expect(sanitizeAnswers(boot.answers)).toEqual(boot.answers);
        expect(canOpenStep(boot.answers, boot.step)).toBe(true);
        // The machine resumes exactly there.
        const snapshot = resumeSnapshot(boot.answers, boot.step);
        expect(snapshot.value).toBe(boot.step);
        expect(snapshot.context.answers).toEqual(boot.answers);
        if (boot.step === 'results')
          expect(Object.keys(boot.answers).sort()).toEqual([...QUESTION_IDS].sort());
      }),
      RUNS,
    );
  });

  it('a clean link with answers always wins over any record', () => {
    fc.assert(
      fc.property(
        answersArb.filter((a) => Object.keys(a).length > 0),
        storedArb,
        (answers, raw) => {
          const boot = bootWizard(encodeShareQuery(answers), raw);
          expect(same(boot.answers, answers)).toBe(true);
          expect(boot.notices.some((n) => n.kind === 'link-dropped')).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it('a reload (link = record answers) keeps the record step when it can open, and its tools', () => {
    fc.assert(
      fc.property(answersArb, stepArb, (answers, step) => {
        const raw = serializeSessionRecord(record({ answers, step }));
        const boot = bootWizard(encodeShareQuery(answers), raw);
        // An old step name counts as the step that asks the same now.
        const now = normalizeStep(step)!;
        expect(boot.step).toBe(canOpenStep(answers, now) ? now : resumeSnapshot(answers).value);
        expect(boot.chosenTools).toEqual(['netari-fi']);
        expect(boot.consideredPrompts).toEqual(['minor-consent']);
        expect(boot.notices).toEqual([]);
      }),
      RUNS,
    );
  });
});
