import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADJACENT_AGE_POINTS,
  ASSISTED_ACCESS_POINTS,
  SCORE_WEIGHTS,
  indexCatalogue,
  recommend,
  type Reason,
  type Recommendation,
} from '../../src/engine/recommend.ts';
import { AGE_GROUP_IDS, CHANNEL_IDS, CLIENT_LANGUAGE_IDS, NEED_IDS } from '../../src/domain/taxonomy.ts';
import type { Answers } from '../../src/domain/answers.ts';
import type { Tool } from '../../src/domain/catalogue.ts';
import { answersArb, catalogueArb, syntheticCatalogue } from './fixtures/synthetic-catalogue.ts';

/**
 * The engine reads a bit-set index of the catalogue and shares its lists between items. This
 * file checks it against the rules of ADR 0002 written out the plain way: string lists,
 * `includes`, a fresh list per item and a comparator sort. Any difference in membership,
 * score, group, reasons, caveats or order fails.
 */

const inOrder = <T extends string>(order: readonly T[], list: readonly string[]): T[] =>
  order.filter((id) => list.includes(id));
const TOOL_LANGUAGES = [...CLIENT_LANGUAGE_IDS, 'mul'] as const;

function accessOf(
  answers: Answers,
  req: Tool['requires'],
): { points: number; reasons: Reason[]; caveats: Reason[] } {
  const needsNothing = req.device === 'none' && !req.internet && !req.account;
  const full = SCORE_WEIGHTS.access;
  switch (answers.access) {
    case 'skipped':
      return { points: 0, reasons: [], caveats: [{ code: 'access.unknown' }] };
    case 'independent':
      return { points: full, reasons: [{ code: 'access.fits', access: 'independent' }], caveats: [] };
    case 'needs-support':
      return needsNothing
        ? { points: full, reasons: [{ code: 'access.fits', access: 'needs-support' }], caveats: [] }
        : {
            points: ASSISTED_ACCESS_POINTS,
            reasons: [],
            caveats: [{ code: 'access.needsSupport', device: req.device }],
          };
    case 'no-access': {
      if (needsNothing)
        return { points: full, reasons: [{ code: 'access.fits', access: 'no-access' }], caveats: [] };
      const caveats: Reason[] = [];
      if (req.device !== 'none') caveats.push({ code: 'access.requiresDevice', device: req.device });
      if (req.internet) caveats.push({ code: 'access.requiresInternet' });
      if (req.account) caveats.push({ code: 'access.requiresAccount' });
      const brought = (req.device === 'none' || req.device === 'special-device') && !req.account;
      return { points: brought ? ASSISTED_ACCESS_POINTS : 0, reasons: [], caveats };
    }
  }
}

function referenceItems(answers: Answers, catalogue: readonly Tool[]): Recommendation[] {
  const available = 100 - (answers.access === 'skipped' ? SCORE_WEIGHTS.access : 0);
  const selected = inOrder(NEED_IDS, answers.needs);
  const items: Recommendation[] = [];
  for (const tool of catalogue) {
    const matchedNeeds = inOrder(NEED_IDS, tool.needs).filter((n) => selected.includes(n));
    if (matchedNeeds.length === 0) continue;
    const reasons: Reason[] = matchedNeeds.map((need) => ({ code: 'need.matched', need }));
    const caveats: Reason[] = [];
    let points = (SCORE_WEIGHTS.needs * matchedNeeds.length) / selected.length;

    if (tool.ageGroups.includes(answers.ageGroup)) {
      points += SCORE_WEIGHTS.ageGroup;
      reasons.push({ code: 'age.matched', ageGroup: answers.ageGroup });
    } else {
      const client = AGE_GROUP_IDS.indexOf(answers.ageGroup);
      if (tool.ageGroups.some((a) => Math.abs(AGE_GROUP_IDS.indexOf(a) - client) === 1)) {
        points += ADJACENT_AGE_POINTS;
      }
      caveats.push({
        code: 'age.outside',
        ageGroup: answers.ageGroup,
        ageGroups: inOrder(AGE_GROUP_IDS, tool.ageGroups),
      });
    }

    if (tool.languages.includes(answers.language)) {
      points += SCORE_WEIGHTS.language;
      reasons.push({ code: 'language.matched', lang: answers.language });
    } else if (tool.languages.includes('mul')) {
      points += SCORE_WEIGHTS.language;
      reasons.push({ code: 'language.multilingual', lang: answers.language });
    } else {
      caveats.push({
        code: 'language.unavailable',
        lang: answers.language,
        languages: inOrder(TOOL_LANGUAGES, tool.languages),
      });
    }

    if (answers.channels === 'any') {
      points += SCORE_WEIGHTS.channels;
      reasons.push({ code: 'channel.any' });
    } else {
      const shared = inOrder(CHANNEL_IDS, answers.channels).filter((c) => tool.channels.includes(c));
      if (shared.length > 0) {
        points += SCORE_WEIGHTS.channels;
        for (const channel of shared) reasons.push({ code: 'channel.matched', channel });
      } else {
        caveats.push({
          code: 'channel.unmatched',
          channels: inOrder(CHANNEL_IDS, answers.channels),
          toolChannels: inOrder(CHANNEL_IDS, tool.channels),
        });
      }
    }

    const access = accessOf(answers, tool.requires);
    points += access.points;
    reasons.push(...access.reasons);
    caveats.push(...access.caveats);

    items.push({
      toolId: tool.id,
      score: Math.round((100 * points) / available),
      group:
        tool.audience.length > 0 && tool.audience.every((a) => a === 'professional')
          ? 'professional'
          : 'client',
      matchedNeeds,
      reasons,
      caveats,
    });
  }
  return items.sort((a, b) => b.score - a.score || (a.toolId < b.toolId ? -1 : a.toolId > b.toolId ? 1 : 0));
}

describe('recommend: against the plain reading of the rules', { timeout: 60_000 }, () => {
  it('gives the same items, in the same order, for any answers and catalogue', () => {
    fc.assert(
      fc.property(answersArb, catalogueArb(), (answers, catalogue) => {
        expect(recommend(answers, catalogue).items).toEqual(referenceItems(answers, catalogue));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same result from a prebuilt index as from the list of tools', () => {
    fc.assert(
      fc.property(answersArb, catalogueArb(), (answers, catalogue) => {
        expect(recommend(answers, indexCatalogue(catalogue))).toEqual(recommend(answers, catalogue));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees on a large generated catalogue, where most outcomes repeat and lists are shared', () => {
    const catalogue = syntheticCatalogue(3_000);
    const index = indexCatalogue(catalogue);
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(recommend(answers, index).items).toEqual(referenceItems(answers, catalogue));
      }),
      { numRuns: 50 },
    );
  });

  it('carries nothing from one call to the next: a call after a larger one still agrees', () => {
    const large = indexCatalogue(syntheticCatalogue(500, 7));
    fc.assert(
      fc.property(answersArb, answersArb, catalogueArb(), (first, answers, catalogue) => {
        recommend(first, large);
        expect(recommend(answers, catalogue).items).toEqual(referenceItems(answers, catalogue));
      }),
      { numRuns: 1000 },
    );
  });
});
