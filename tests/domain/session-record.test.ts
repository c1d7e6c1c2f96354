import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LEGACY_STEPS, type PartialAnswers } from '../../src/domain/answers.ts';
import {
  MAX_CHOSEN_TOOLS,
  MAX_CONSIDERED_PROMPTS,
  SESSION_STEPS,
  SESSION_STORAGE_KEY,
  UI_LANGUAGE_STORAGE_KEY,
  readSessionRecord,
  serializeSessionRecord,
  type SessionRecord,
  type SessionStep,
} from '../../src/domain/session-record.ts';
import {
  ACCESS_IDS,
  AGE_GROUP_IDS,
  CHANNEL_IDS,
  CLIENT_LANGUAGE_IDS,
  NEED_IDS,
} from '../../src/domain/taxonomy.ts';
import { WIZARD_STEPS, sanitizeAnswers, type WizardStep } from '../../flows/planning-steps.ts';

const RUNS = { numRuns: 1000 };

const answersArb: fc.Arbitrary<PartialAnswers> = fc.record(
  {
    needs: fc.uniqueArray(fc.constantFrom(...NEED_IDS), { minLength: 1, maxLength: NEED_IDS.length }),
    ageGroup: fc.constantFrom(...AGE_GROUP_IDS),
    language: fc.constantFrom(...CLIENT_LANGUAGE_IDS),
    channels: fc.oneof(
      fc.constant('any' as const),
      fc.uniqueArray(fc.constantFrom(...CHANNEL_IDS), { minLength: 1, maxLength: CHANNEL_IDS.length }),
    ),
    access: fc.constantFrom(...ACCESS_IDS, 'skipped' as const),
  },
  { requiredKeys: [] },
);
const kebabArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const recordArb: fc.Arbitrary<SessionRecord> = fc.record({
  version: fc.constant(1 as const),
  step: fc.constantFrom(...SESSION_STEPS),
  answers: answersArb,
  chosenTools: fc.uniqueArray(kebabArb, { maxLength: MAX_CHOSEN_TOOLS }),
  consideredPrompts: fc.uniqueArray(kebabArb, { maxLength: MAX_CONSIDERED_PROMPTS }),
  savedOn: dateArb,
});

const valid: SessionRecord = {
  version: 1,
  step: 'channels',
  answers: { needs: ['youth', 'addiction'], ageGroup: 'young-adult', language: 'ar' },
  chosenTools: ['sekaisin-chat'],
  consideredPrompts: ['peer-group-privacy'],
  savedOn: '2025-03-14',
};
const stored = (patch: Record<string, unknown>) => JSON.stringify({ ...valid, ...patch });

describe('storage keys and steps', () => {
  it('keeps the documented keys', () => {
    expect(SESSION_STORAGE_KEY).toBe('wtn.session.v1');
    expect(UI_LANGUAGE_STORAGE_KEY).toBe('wtn.ui');
  });

  it('names the same steps as the wizard machine, then the old names it still opens (domain may not import flows)', () => {
    expect([...SESSION_STEPS]).toEqual([...WIZARD_STEPS, ...Object.keys(LEGACY_STEPS)]);
    expectTypeOf<SessionStep>().toEqualTypeOf<WizardStep | keyof typeof LEGACY_STEPS>();
  });
});

describe('readSessionRecord', () => {
  it('finds nothing, and says nothing, when nothing is stored', () => {
    expect(readSessionRecord(null)).toEqual({ record: null, notice: null });
  });

  it('reads a valid record', () => {
    expect(readSessionRecord(JSON.stringify(valid))).toEqual({ record: valid, notice: null });
  });

  it("says 'corrupted' for text that is not a JSON object", () => {
    for (const raw of ['', '{', 'undefined', 'null', '42', '"wtn"', '[]', '[1]', 'true', '{"version":1']) {
      expect(readSessionRecord(raw)).toEqual({ record: null, notice: 'corrupted' });
    }
  });

  it("says 'outdated' for another version, and 'corrupted' when there is none", () => {
    for (const version of [0, 2, '1', null, 1.5]) {
      expect(readSessionRecord(stored({ version }))).toEqual({ record: null, notice: 'outdated' });
    }
    const { version: _version, ...unversioned } = valid;
    expect(readSessionRecord(JSON.stringify(unversioned))).toEqual({ record: null, notice: 'corrupted' });
  });

  it("says 'future' for a valid record saved after today, and sets it aside whole", () => {
    const day = valid.savedOn;
    expect(readSessionRecord(JSON.stringify(valid), day)).toEqual({ record: valid, notice: null });
    const before = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
    expect(readSessionRecord(JSON.stringify(valid), before)).toEqual({ record: null, notice: 'future' });
    // A broken record stays 'corrupted' whatever its date.
    expect(readSessionRecord(stored({ step: 'summary' }), before)).toEqual({
      record: null,
      notice: 'corrupted',
    });
  });

  it('discards the whole record when any field is wrong', () => {
    const broken: Record<string, unknown>[] = [
      { step: 'summary' },
      { answers: { ...valid.answers, needs: ['not-a-need'] } },
      { answers: { ...valid.answers, needs: [] } },
      { answers: { ...valid.answers, channels: ['chat', 'chat'] } },
      { answers: { ...valid.answers, access: 'sometimes' } },
      { answers: { ...valid.answers, name: 'Maija' } },
      { answers: null },
      { chosenTools: ['Not Kebab'] },
      { chosenTools: ['a', 'a'] },
      { chosenTools: Array.from({ length: MAX_CHOSEN_TOOLS + 1 }, (_, i) => `tool-${i}`) },
      { consideredPrompts: Array.from({ length: MAX_CONSIDERED_PROMPTS + 1 }, (_, i) => `prompt-${i}`) },
      { consideredPrompts: 'peer-group-privacy' },
      { savedOn: '2025-02-30' },
      { savedOn: '2025-03-14T10:22:00Z' },
      { savedOn: 1741947720000 },
    ];
    for (const patch of broken) {
      expect(readSessionRecord(stored(patch)), JSON.stringify(patch)).toEqual({
        record: null,
        notice: 'corrupted',
      });
    }
  });

  it('rejects a record carrying anything personal or unknown, such as a note', () => {
    expect(readSessionRecord(stored({ note: 'Client lives alone at…' }))).toEqual({
      record: null,
      notice: 'corrupted',
    });
    expect(readSessionRecord('{"__proto__":{"polluted":true},' + JSON.stringify(valid).slice(1))).toEqual({
      record: null,
      notice: 'corrupted',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a step whose earlier answers are missing: the wizard decides where to resume', () => {
    const record = readSessionRecord(stored({ step: 'results', answers: {} })).record;
    expect(record?.step).toBe('results');
  });
});

describe('serializeSessionRecord', () => {
  it('writes JSON that reads back as the same record', () => {
    expect(readSessionRecord(serializeSessionRecord(valid))).toEqual({ record: valid, notice: null });
  });

  it('refuses to write a record it would later discard', () => {
    const bad = { ...valid, chosenTools: ['a', 'a'] };
    expect(() => serializeSessionRecord(bad)).toThrow();
    const withNote = { ...valid, note: 'free text' } as SessionRecord;
    expect(() => serializeSessionRecord(withNote)).toThrow();
  });
});

describe('session record: properties', () => {
  it('round-trips any valid record', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const read = readSessionRecord(serializeSessionRecord(record));
        expect(read).toEqual({ record, notice: null });
        expect(sanitizeAnswers(read.record?.answers)).toEqual(record.answers);
      }),
      RUNS,
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (raw) => {
        const read = readSessionRecord(raw);
        expect(read.record === null).toBe(read.notice !== null);
      }),
      RUNS,
    );
  });

  it('never throws on a valid record with one field replaced by anything', () => {
    fc.assert(
      fc.property(
        recordArb,
        fc.constantFrom('version', 'step', 'answers', 'chosenTools', 'consideredPrompts', 'savedOn', 'extra'),
        fc.jsonValue(),
        (record, field, value) => {
          const raw = JSON.stringify({ ...record, [field]: value });
          const read = readSessionRecord(raw);
          if (read.record) {
            expect(sanitizeAnswers(read.record.answers)).toEqual(read.record.answers);
            expect(serializeSessionRecord(read.record)).toBe(JSON.stringify(JSON.parse(raw)));
          } else {
            expect(read.notice).toBe(field === 'version' ? 'outdated' : 'corrupted');
          }
        },
      ),
      RUNS,
    );
  });
});
