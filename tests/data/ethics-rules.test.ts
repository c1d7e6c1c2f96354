import { describe, expect, it } from 'vitest';
import rawRules from '../../data/ethics-rules.json';
import fiEthics from '../../locales/fi/ethics.json';
import svEthics from '../../locales/sv/ethics.json';
import enEthics from '../../locales/en/ethics.json';
import { DataFileError } from '../../src/domain/data-errors.ts';
import {
  ETHICS_RULES_FILE,
  isFinlexUrl,
  SOURCE_KINDS,
  parseEthicsRules,
  TRIGGER_KEYS,
  type EthicsRule,
  type EthicsTrigger,
} from '../../src/domain/ethics.ts';
import { ethicsRules } from '../../src/domain/ethics-data.ts';
import type { EthicsFactCode } from '../../src/engine/ethics.ts';
import { TOOL_FLAG_IDS, UI_LANGUAGES } from '../../src/domain/taxonomy.ts';

/** Parses `raw` and returns the problem lines, or [] when it parses. */
function problemsOf(raw: unknown): readonly string[] {
  try {
    parseEthicsRules(raw);
    return [];
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    expect(error.file).toBe(ETHICS_RULES_FILE);
    return error.problems;
  }
}

const validRule = (over: Record<string, unknown> = {}) => ({
  id: 'minor-consent',
  kind: 'must',
  trigger: { ageGroupIn: ['child', 'teen'] },
  prompt: { fi: 'Kysytäänkö?', sv: 'Frågar du?', en: 'Do you ask?' },
  why: { fi: 'Siksi.', sv: 'Därför.', en: 'Because.' },
  source: [
    {
      kind: 'article',
      fi: 'Artikkeli, luku 5: kanava ei ole olennaista',
      sv: 'Artikeln, kap. 5: kanalen är inte det väsentliga',
      en: 'Article ch. 5: the channel is not what matters',
    },
  ],
  ...over,
});
const fileWith = (...rules: unknown[]) => ({ schemaVersion: 2, rules });

describe('data/ethics-rules.json: the bundled file', () => {
  it('parses', () => {
    expect(() => parseEthicsRules(rawRules)).not.toThrow();
    expect(ethicsRules.length).toBeGreaterThan(0);
  });

  it('has unique kebab-case ids', () => {
    const ids = ethicsRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(ethicsRules.map((r) => [r.id, r] as const))('%s has its texts in fi, sv and en', (_id, rule) => {
    for (const lang of UI_LANGUAGES) {
      expect(rule.prompt[lang].trim()).toMatch(/\?$/);
      expect(rule.why[lang].trim().length).toBeGreaterThan(0);
      // One line: the UI shows it after "Why:".
      expect(rule.why[lang]).not.toMatch(/\n/);
      expect(rule.prompt[lang].length).toBeLessThanOrEqual(220);
      expect(rule.why[lang].length).toBeLessThanOrEqual(200);
    }
    // The three languages are translations, not copies (proper names aside, none is this short).
    expect(new Set(UI_LANGUAGES.map((l) => rule.prompt[l])).size).toBe(3);
  });

  it('rests every rule on a Finnish act by number, except those listed here with the reason', () => {
    // The only rules without a Finnish act: their point is one of professional ethics or of
    // the source article, and no act speaks to it. Adding an act to one of them, or adding a
    // rule without an act, fails here until this list is changed with a reason.
    const NO_FINNISH_ACT: Record<string, string> = {
      'self-test-together':
        "a self-test is the client's own tool: no act governs going through its result, the article's concern does",
      'peer-group-safety':
        'peer groups run by organisations or peers are not social care, so no act governs their moderation',
      'anonymous-service':
        'an anonymous service keeps no client record; the duty to report, which does apply, is its own rule',
      'inside-the-channel':
        "a reflection on the ethos of the work: Talentia's guidelines and the article are its Finnish sources",
    };
    for (const rule of ethicsRules) {
      const acts = rule.source.filter((s) => s.kind === 'law');
      if (rule.id in NO_FINNISH_ACT) {
        expect(acts, `${rule.id} now cites an act: remove it from NO_FINNISH_ACT`).toEqual([]);
        // An ethics code or the article is then the honest ground, never an international code alone.
        expect(
          rule.source.some((s) => s.kind === 'guideline' || s.kind === 'article'),
          rule.id,
        ).toBe(true);
      } else {
        expect(acts.length, `${rule.id} has no Finnish act (kind "law")`).toBeGreaterThan(0);
        for (const s of acts) expect(s.law?.number, `${rule.id}: ${s.en}`).toMatch(/^\d{1,4}\/\d{4}$/);
      }
    }
    for (const [id, reason] of Object.entries(NO_FINNISH_ACT)) {
      expect(
        ethicsRules.some((r) => r.id === id),
        `${id} is no longer a rule`,
      ).toBe(true);
      expect(reason.length, id).toBeGreaterThan(20);
    }
  });

  it('lists Finnish law and Talentia before IFSW, NASW and other international codes, each localised', () => {
    for (const rule of ethicsRules) {
      // Talentia is a Finnish guideline, IFSW, NASW and the UN are international codes.
      for (const s of rule.source) {
        if (/Talentia/.test(s.en)) expect(s.kind, `${rule.id}: ${s.en}`).toBe('guideline');
        if (/IFSW|NASW|UN Convention|YK:n/.test(s.en + s.fi))
          expect(s.kind, `${rule.id}: ${s.en}`).toBe('international');
        for (const lang of UI_LANGUAGES)
          expect(s[lang].trim().length, `${rule.id} ${lang}`).toBeGreaterThan(10);
      }
      const ranks = rule.source.map((s) => SOURCE_KINDS.indexOf(s.kind));
      expect(ranks, rule.id).toEqual([...ranks].sort((x, y) => x - y));
      // The descriptive part is translated, so no two languages read the same.
      for (const source of rule.source)
        expect(new Set(UI_LANGUAGES.map((lang) => source[lang])).size, `${rule.id}: ${source.en}`).toBe(3);
    }
  });

  it('says of every cited section whether it was read on Finlex or only named elsewhere, and names the act in every language', () => {
    const laws = ethicsRules.flatMap((r) =>
      r.source.flatMap((s) => (s.law ? [{ rule: r.id, s, law: s.law }] : [])),
    );
    expect(laws.length).toBeGreaterThan(10);
    for (const { rule, s, law } of laws) {
      const section = law.section;
      if (section?.checked) expect(isFinlexUrl(section.checked.on), `${rule}: ${s.en}`).toBe(true);
      if (section?.seenOn) expect(isFinlexUrl(section.seenOn.url), `${rule}: ${s.en}`).toBe(false);
      if (section)
        expect(Boolean(section.checked) !== Boolean(section.seenOn), `${rule}: ${s.en}`).toBe(true);
      for (const lang of UI_LANGUAGES) expect(s[lang], rule).toContain(`(${law.number})`);
    }
  });

  it('cites the sections of the duty to report, own language and interpreting, each marked as far as it was verified', () => {
    const section = (id: string, number: string) =>
      byIdRule(id).source.find((s) => s.law?.number === number)?.law?.section;
    // Read on Finlex.
    expect(section('duty-to-report', '417/2007')?.checked?.on).toMatch(/finlex\.fi/);
    expect(section('automated-decision-transparency', '434/2003')).toMatchObject({
      ref: '53 e–53 f §',
      checked: { on: 'https://www.finlex.fi/sv/laki/alkup/2023/20230487' },
    });
    // Named by a public page only: shown, and marked "not checked on Finlex".
    expect(section('duty-to-report', '1301/2014')).toMatchObject({
      ref: '35 §',
      seenOn: { url: expect.stringMatching(/^https:\/\/thl\.fi\//) },
    });
    expect(section('duty-to-report', '980/2012')).toMatchObject({ ref: '25 §', seenOn: {} });
    expect(section('own-language-service', '731/1999')).toMatchObject({ ref: '17 §', seenOn: {} });
    expect(section('interpreter-right', '434/2003')).toMatchObject({ ref: '26 §', seenOn: {} });
    // Found on no public page this time: cited by the act's number alone.
    expect(section('record-decision', '703/2023')).toBeUndefined();
    expect(section('platform-age-limit', '1050/2018')).toBeUndefined();
  });

  it('rests the duty to report, own language and interpreting on the acts the issue names', () => {
    const numbers = (id: string) => byIdRule(id).source.flatMap((s) => (s.law ? [s.law.number] : []));
    expect(numbers('duty-to-report')).toEqual(expect.arrayContaining(['417/2007', '1301/2014', '980/2012']));
    expect(numbers('own-language-service')).toEqual(
      expect.arrayContaining(['731/1999', '423/2003', '1086/2003']),
    );
    expect(numbers('interpreter-right')).toEqual(expect.arrayContaining(['434/2003', '812/2000']));
    expect(numbers('record-decision')).toEqual(expect.arrayContaining(['1301/2014', '703/2023', '812/2000']));
    expect(numbers('accessibility-communication')).toContain('306/2019');
    expect(byIdRule('interpreter-right').prompt.en).toMatch(/never a child or a relative/);
    expect(byIdRule('interpreter-right').prompt.fi).toMatch(/ei koskaan lasta tai sukulaista/);
    expect(byIdRule('interpreter-right').prompt.sv).toMatch(/aldrig ett barn eller en släkting/);
  });

  it('grounds the article-wide concerns in the article itself', () => {
    const cites = (id: string, prefix: string) =>
      ethicsRules.find((r) => r.id === id)?.source.some((s) => s.en.startsWith(prefix));
    expect(cites('inside-the-channel', 'Article ch. 5: what matters is not the channel')).toBe(true);
    expect(cites('inside-the-channel', "Article ch. 5: the eProfessional's")).toBe(true);
    expect(cites('inside-the-channel', 'Article ch. 3: the fear that technology loses')).toBe(true);
    expect(cites('digital-exclusion', 'Article ch. 5: digitalisation can cause exclusion')).toBe(true);
    expect(cites('device-human-contact', 'Article ch. 3: robots')).toBe(true);
  });
});

const byIdRule = (id: string): EthicsRule => {
  const rule = ethicsRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

/**
 * Every situation the navigator must raise, pinned to the rules that raise it. Renaming or
 * dropping one of these rules is a decision, so it should fail here first.
 */
const REQUIRED_SITUATIONS: Record<string, { rules: string[]; kind?: EthicsRule['kind'] }> = {
  'minor: the child’s own view': { rules: ['minor-own-view'] },
  'minor: consent only where it applies, and the right to forbid telling the guardians': {
    rules: ['minor-consent'],
  },
  'duty to report, whatever the channel': { rules: ['duty-to-report'], kind: 'must' },
  'Swedish or Sami speaker: service in their own language': { rules: ['own-language-service'], kind: 'must' },
  'accessibility, plain language, hearing and sight, AAC': { rules: ['accessibility-communication'] },
  'supported decision-making and capacity': { rules: ['supported-decision-making'] },
  'surveillance technology limits self-determination': { rules: ['surveillance-technology'] },
  'technology-facilitated abuse and control': { rules: ['tech-facilitated-abuse'] },
  'someone acts for the client: identification, e-Authorizations, guardianship': {
    rules: ['someone-acts-for-client'],
  },
  'cost to the client': { rules: ['cost-to-client'] },
  'minor: platform age limits': { rules: ['platform-age-limit'] },
  'commercial platform: data protection, what never to share': {
    rules: ['commercial-platform-data'],
    kind: 'must',
  },
  'commercial platform: the organisation’s approval': { rules: ['commercial-platform-approval'] },
  'unsupported language or machine translation: interpreter': { rules: ['interpreter-right'] },
  'machine translation not for decisions, rights, consent': { rules: ['machine-translation-limits'] },
  'robots and assistive devices: dignity and consent': { rules: ['device-dignity-consent'] },
  'robots and assistive devices: human contact not replaced': { rules: ['device-human-contact'] },
  'limited or no digital access: exclusion, non-digital alternative': { rules: ['digital-exclusion'] },
  'limited or no digital access: support to use': { rules: ['digital-support'] },
  'social emergency: human contact first': { rules: ['crisis-human-contact-first'], kind: 'must' },
  'automated decisions: transparency, human decision': { rules: ['automated-decision-transparency'] },
  'self-assessment tests: discussed together, no diagnosis': { rules: ['self-test-together'] },
  'peer chats and groups: anonymity, moderation, safety': { rules: ['peer-group-safety'] },
  'video in prisons or the home: privacy of the space': { rules: ['video-space-privacy'] },
  'always: the client’s own choice and participation': { rules: ['client-choice'] },
  'always: inside the channel, critical evaluation and the ethos of social work, in one prompt': {
    rules: ['inside-the-channel'],
    kind: 'reflect',
  },
  'always: recording the decision': { rules: ['record-decision'] },
};
const ALWAYS_RULES = ['client-choice', 'inside-the-channel', 'record-decision'];

describe('data/ethics-rules.json: required situations', () => {
  const byId = new Map(ethicsRules.map((r) => [r.id, r]));

  it.each(Object.entries(REQUIRED_SITUATIONS))('%s', (_situation, { rules, kind }) => {
    for (const id of rules) {
      const rule = byId.get(id);
      expect(rule, `rule "${id}" is missing`).toBeDefined();
      if (kind) expect(rule?.kind).toBe(kind);
    }
  });

  it('shows the general prompts always, and only one of them is a reflection', () => {
    for (const id of ALWAYS_RULES) expect(byId.get(id)?.trigger).toEqual({ always: true });
    const always = ethicsRules.filter((r) => r.trigger.always === true);
    expect(always.map((r) => r.id).sort()).toEqual([...ALWAYS_RULES].sort());
    expect(always.filter((r) => r.kind === 'reflect')).toHaveLength(1);
  });

  it('reacts to every tool flag somewhere', () => {
    const flags = new Set<string>();
    const walk = (t: EthicsTrigger): void => {
      t.all?.forEach(walk);
      t.any?.forEach(walk);
      t.toolAny?.flagsAny?.forEach((f) => flags.add(f));
    };
    ethicsRules.forEach((r) => walk(r.trigger));
    expect([...flags].sort()).toEqual([...TOOL_FLAG_IDS].sort());
  });
});

describe('data/ethics-rules.json: a bad file is reported by file, rule id, field and reason', () => {
  it('accepts the minimal valid fixture', () => {
    expect(problemsOf(fileWith(validRule()))).toEqual([]);
  });

  it('names an unknown kind', () => {
    expect(problemsOf(fileWith(validRule({ kind: 'should' })))).toEqual([
      'data/ethics-rules.json: minor-consent.kind: must be one of must, check, reflect, not "should"',
    ]);
  });

  it('names a missing translation', () => {
    const rule = validRule({ prompt: { fi: 'Kysytäänkö?', en: 'Do you ask?' } });
    expect(problemsOf(fileWith(rule))).toEqual([
      expect.stringMatching(/^data\/ethics-rules\.json: minor-consent\.prompt\.sv: /),
    ]);
  });

  it('names a prompt that is not a question', () => {
    const rule = validRule({ prompt: { fi: 'Kysytäänkö?', sv: 'Frågar du?', en: 'Ask.' } });
    expect(problemsOf(fileWith(rule))).toEqual([
      'data/ethics-rules.json: minor-consent.prompt.en: must be a question to the practitioner (end with "?")',
    ]);
  });

  it('names an unknown id inside a trigger, down to the list item', () => {
    const rule = validRule({ trigger: { ageGroupIn: ['child', 'baby'] } });
    expect(problemsOf(fileWith(rule))).toEqual([
      'data/ethics-rules.json: minor-consent.trigger.ageGroupIn[1]: unknown age group "baby"',
    ]);
  });

  it('names an unknown id deep in nested triggers', () => {
    const rule = validRule({
      id: 'drone-check',
      trigger: { all: [{ ageGroupIn: ['child'] }, { any: [{ toolAny: { flagsAny: ['drone'] } }] }] },
    });
    expect(problemsOf(fileWith(rule))).toEqual([
      'data/ethics-rules.json: drone-check.trigger.all[1].any[0].toolAny.flagsAny[0]: unknown tool flag "drone"',
    ]);
  });

  it('names an unknown condition', () => {
    const problems = problemsOf(fileWith(validRule({ trigger: { ageGroup: ['child'] } })));
    expect(problems[0]).toBe(
      `data/ethics-rules.json: minor-consent.trigger: unknown condition "ageGroup" (allowed: ${TRIGGER_KEYS.join(', ')})`,
    );
  });

  it('refuses two conditions in one object', () => {
    const rule = validRule({ trigger: { ageGroupIn: ['child'], toolAny: { kindIn: ['robotics'] } } });
    expect(problemsOf(fileWith(rule))).toEqual([
      'data/ethics-rules.json: minor-consent.trigger: has ageGroupIn and toolAny; give one condition per object and combine them with "all" or "any"',
    ]);
  });

  it('refuses an empty trigger, an empty list and an empty tool condition', () => {
    expect(problemsOf(fileWith(validRule({ trigger: {} })))).toEqual([
      `data/ethics-rules.json: minor-consent.trigger: needs one condition: ${TRIGGER_KEYS.join(', ')}`,
    ]);
    expect(problemsOf(fileWith(validRule({ trigger: { any: [] } })))).toEqual([
      'data/ethics-rules.json: minor-consent.trigger.any: needs at least one condition',
    ]);
    expect(problemsOf(fileWith(validRule({ trigger: { needsAny: [] } })))).toEqual([
      'data/ethics-rules.json: minor-consent.trigger.needsAny: needs at least one need',
    ]);
    expect(problemsOf(fileWith(validRule({ trigger: { toolAny: {} } })))).toEqual([
      'data/ethics-rules.json: minor-consent.trigger.toolAny: needs at least one of flagsAny, commercialPlatform, kindIn, channelsAny, audienceIn, needsAny',
    ]);
  });

  it('refuses false where a condition must be true', () => {
    expect(problemsOf(fileWith(validRule({ trigger: { languageUnsupported: false } })))).toEqual([
      'data/ethics-rules.json: minor-consent.trigger.languageUnsupported: must be true (leave the condition out instead of false)',
    ]);
    expect(problemsOf(fileWith(validRule({ trigger: { toolAny: { commercialPlatform: false } } })))).toEqual([
      'data/ethics-rules.json: minor-consent.trigger.toolAny.commercialPlatform: must be true (any commercial platform) or a list of platform ids',
    ]);
  });

  it('names an unknown platform and an unknown access answer', () => {
    expect(
      problemsOf(fileWith(validRule({ trigger: { toolAny: { commercialPlatform: ['myspace'] } } }))),
    ).toEqual([
      'data/ethics-rules.json: minor-consent.trigger.toolAny.commercialPlatform: unknown platform "myspace"',
    ]);
    expect(problemsOf(fileWith(validRule({ trigger: { accessIn: ['offline'] } })))).toEqual([
      'data/ethics-rules.json: minor-consent.trigger.accessIn[0]: unknown digital access "offline" (use independent, needs-support, no-access, skipped)',
    ]);
  });

  it('refuses a repeated id in a list', () => {
    expect(problemsOf(fileWith(validRule({ trigger: { languageNot: ['fi', 'fi'] } })))).toEqual([
      'data/ethics-rules.json: minor-consent.trigger.languageNot: lists the same client language twice',
    ]);
  });

  it('names a rule id used twice by the id', () => {
    expect(
      problemsOf(fileWith(validRule({ id: 'a' }), validRule({ id: 'b' }), validRule({ id: 'a' }))),
    ).toEqual(['data/ethics-rules.json: a.id: id is used by more than one rule']);
  });

  it('names a rule without sources and a field the schema does not know', () => {
    expect(problemsOf(fileWith(validRule({ source: [] })))).toEqual([
      'data/ethics-rules.json: minor-consent.source: needs at least one source',
    ]);
    expect(problemsOf(fileWith(validRule({ severity: 3 })))).toEqual([
      expect.stringMatching(/^data\/ethics-rules\.json: minor-consent: .*"severity"/),
    ]);
  });

  it('names a source without its Swedish text, and an empty one', () => {
    const source = { kind: 'article', fi: 'Artikkeli, luku 5: kanava', en: 'Article ch. 5: the channel' };
    expect(problemsOf(fileWith(validRule({ source: [source] })))).toEqual([
      'data/ethics-rules.json: minor-consent.source[0].sv: Swedish text is missing',
    ]);
    expect(problemsOf(fileWith(validRule({ source: [{ ...source, sv: ' ' }] })))).toEqual([
      'data/ethics-rules.json: minor-consent.source[0].sv: Swedish text is empty',
    ]);
  });

  const FINLEX = 'https://www.finlex.fi/fi/laki/ajantasa/2007/20070417';
  const THL = 'https://thl.fi/julkaisut/kasikirjat/lastensuojelun-kasikirja';
  const law = (
    over: Record<string, unknown> = {},
    section: Record<string, unknown> | undefined = undefined,
  ) => ({
    kind: 'law',
    law: {
      number: '417/2007',
      checked: FINLEX,
      section: { ref: '25 §', checked: { on: FINLEX, date: '2026-12-03' }, ...section },
      ...over,
    },
    fi: 'lastensuojelulaki (417/2007) 25 §: ilmoitusvelvollisuus',
    sv: 'barnskyddslagen (417/2007) 25 §: anmälningsskyldighet',
    en: 'Child Welfare Act (417/2007), section 25: duty to notify',
  });
  const SECTION = 'data/ethics-rules.json: minor-consent.source[0].law.section';
  const sectionProblems = (section: Record<string, unknown>) =>
    problemsOf(fileWith(validRule({ source: [law({}, section)] })));

  it('takes a section read on Finlex, or one only named by another public page', () => {
    expect(sectionProblems({})).toEqual([]);
    expect(sectionProblems({ checked: undefined, seenOn: { url: THL, date: '2026-12-03' } })).toEqual([]);
    expect(sectionProblems({ ref: '53 e–53 f §' })).toEqual([
      'data/ethics-rules.json: minor-consent.source[0].fi: must name the section (53 e–53 f §)',
      'data/ethics-rules.json: minor-consent.source[0].sv: must name the section (53 e–53 f §)',
      'data/ethics-rules.json: minor-consent.source[0].en: must name the section (53 e–53 f §)',
    ]);
  });

  it('refuses a section with both checked and seenOn, or with neither', () => {
    expect(sectionProblems({ seenOn: { url: THL, date: '2026-12-03' } })).toEqual([
      `${SECTION}: has both checked and seenOn: give checked once the section was read on Finlex, else seenOn`,
    ]);
    expect(sectionProblems({ checked: undefined })).toEqual([
      `${SECTION}: needs checked (read on Finlex) or seenOn (named by a public page, not yet checked on Finlex)`,
    ]);
  });

  it('refuses a "checked" page off Finlex and a "seenOn" page on Finlex', () => {
    expect(sectionProblems({ checked: { on: THL, date: '2026-12-03' } })).toEqual([
      `${SECTION}.checked.on: must be a finlex.fi page (a section seen elsewhere goes in seenOn)`,
    ]);
    expect(sectionProblems({ checked: undefined, seenOn: { url: FINLEX, date: '2026-12-03' } })).toEqual([
      `${SECTION}.seenOn.url: is a Finlex page: a section read on Finlex goes in checked`,
    ]);
    expect(
      sectionProblems({
        checked: undefined,
        seenOn: { url: 'http://www.turku.fi/vanhuspalvelulain', date: '2026-12-03' },
      }),
    ).toEqual([`${SECTION}.seenOn.url: must be the https address of the page that names the section`]);
  });

  it('refuses a section without a date, with an impossible date, or written like no section', () => {
    expect(sectionProblems({ checked: { on: FINLEX } })[0]).toMatch(/law\.section\.checked\.date: /);
    expect(sectionProblems({ checked: { on: FINLEX, date: '2026-06-31' } })).toEqual([
      `${SECTION}.checked.date: is not a calendar date`,
    ]);
    expect(sectionProblems({ checked: { on: FINLEX, date: '3.12.2026' } })).toEqual([
      `${SECTION}.checked.date: must be a date as YYYY-MM-DD`,
    ]);
    expect(sectionProblems({ ref: '25' })).toEqual([
      `${SECTION}.ref: must read like "25 §", "53 e §" or "16–17 §"`,
    ]);
    expect(sectionProblems({ verified: true })).toEqual([
      `${SECTION}: unknown section field "verified" (allowed: ref, checked, seenOn)`,
    ]);
  });

  it('refuses a source text that cites a section the data does not give', () => {
    expect(problemsOf(fileWith(validRule({ source: [law({ section: undefined })] })))).toEqual(
      (['fi', 'sv', 'en'] as const).map(
        (lang) =>
          `data/ethics-rules.json: minor-consent.source[0].${lang}: cites a section that law.section does not give`,
      ),
    );
  });

  it('refuses a law without its number, and sources out of order', () => {
    expect(problemsOf(fileWith(validRule({ source: [{ ...law({}), law: undefined }] })))).toEqual([
      'data/ethics-rules.json: minor-consent.source[0].law: is required for a Finnish act (kind "law")',
    ]);
    const article = validRule().source[0]!;
    expect(problemsOf(fileWith(validRule({ source: [article, law({})] })))).toEqual([
      'data/ethics-rules.json: minor-consent.source: lists its sources out of order (law, eu-law, guideline, article, international)',
    ]);
  });

  it('names a malformed id as written, and a non-string id by its index', () => {
    expect(problemsOf(fileWith(validRule({ id: 'Minor_Consent' })))).toEqual([
      'data/ethics-rules.json: Minor_Consent.id: must be kebab-case (a-z, 0-9, single hyphens)',
    ]);
    expect(problemsOf(fileWith(validRule({ id: 7 })))[0]).toMatch(
      /^data\/ethics-rules\.json: rules\[0\]\.id: /,
    );
  });

  it('names a wrong schema version and a missing rules list', () => {
    expect(problemsOf({ schemaVersion: 1, rules: [validRule()] })).toEqual([
      'data/ethics-rules.json: schemaVersion: must be 2',
    ]);
    expect(problemsOf({ schemaVersion: 2 })[0]).toMatch(/^data\/ethics-rules\.json: rules: /);
  });

  it('reports every problem of a file at once', () => {
    const problems = problemsOf(
      fileWith(
        validRule({ id: 'one', kind: 'maybe' }),
        validRule({ id: 'two', trigger: { ageGroupIn: ['toddler'] } }),
      ),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^data\/ethics-rules\.json: one\.kind: /);
    expect(problems[1]).toMatch(/^data\/ethics-rules\.json: two\.trigger\.ageGroupIn\[0\]: /);
  });
});

/* locales/*\/ethics.json: what the UI needs to render the prompts. */

type Json = string | { [key: string]: Json };
const LOCALES = { fi: fiEthics, sv: svEthics, en: enEthics } as Record<string, Json>;

const keyPaths = (node: Json, prefix = ''): string[] =>
  typeof node === 'string'
    ? [prefix]
    : Object.entries(node).flatMap(([k, v]) => keyPaths(v, prefix === '' ? k : `${prefix}.${k}`));

const lookup = (node: Json, path: string): Json | undefined =>
  path
    .split('.')
    .reduce<Json | undefined>((n, k) => (n === undefined || typeof n === 'string' ? undefined : n[k]), node);

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Every fact code with the interpolation names the UI passes; exhaustive by type. */
const FACT_PLACEHOLDERS = {
  always: [],
  'answer.ageGroup': ['ageGroup'],
  'answer.need': ['need'],
  'answer.access': ['access'],
  'answer.language': ['lang'],
  'tool.flag': ['flag', 'tool'],
  'tool.platform': ['platform', 'tool'],
  'tool.kind': ['kind', 'tool'],
  'tool.channel': ['channel', 'tool'],
  'tool.audience': ['audience', 'tool'],
  'tool.need': ['need', 'tool'],
  'language.unsupported': ['lang'],
} satisfies Record<EthicsFactCode, string[]>;

const UI_KEYS = {
  heading: [],
  intro: [],
  'kinds.must': [],
  'kinds.check': [],
  'kinds.reflect': [],
  shownBecause: ['facts'],
  toolWithAspects: ['aspects', 'tool'],
  showMore_one: [],
  showMore_other: ['count'],
  showFewer: [],
  considered: [],
  why: [],
  whyAndSources_one: [],
  whyAndSources_other: ['count'],
  sectionNotChecked: [],
  lawSources: [],
  accessSkipped: [],
} as Record<string, string[]>;

describe('locales/*/ethics.json', () => {
  it('has the same keys in fi, sv and en', () => {
    const fi = keyPaths(LOCALES.fi as Json).sort();
    expect(keyPaths(LOCALES.sv as Json).sort()).toEqual(fi);
    expect(keyPaths(LOCALES.en as Json).sort()).toEqual(fi);
  });

  it('has exactly the UI keys and one facts.<code> key per fact code', () => {
    const expected = [
      ...Object.keys(UI_KEYS),
      ...Object.keys(FACT_PLACEHOLDERS).map((c) => `facts.${c}`),
    ].sort();
    expect(keyPaths(LOCALES.fi as Json).sort()).toEqual(expected);
  });

  it.each(Object.keys(LOCALES))(
    '%s: every text is non-empty with the interpolations the UI passes',
    (lang) => {
      const locale = LOCALES[lang] as Json;
      const wanted: Record<string, string[]> = {
        ...UI_KEYS,
        ...Object.fromEntries(Object.entries(FACT_PLACEHOLDERS).map(([c, p]) => [`facts.${c}`, [...p]])),
      };
      for (const [key, names] of Object.entries(wanted)) {
        const value = lookup(locale, key);
        expect(typeof value, `${lang}: ${key}`).toBe('string');
        expect((value as string).trim(), `${lang}: ${key}`).not.toBe('');
        expect(placeholders(value as string), `${lang}: ${key}`).toEqual([...names].sort());
      }
    },
  );
});
