import type * as Taxonomy from '../../src/domain/taxonomy.ts';
import { describe, expect, it, vi } from 'vitest';
import taxonomiesJson from '../../data/taxonomies.json';
import toolsJson from '../../data/tools.json';
import { CHANNEL_IDS, CLIENT_LANGUAGE_IDS } from '../../src/domain/taxonomy.ts';
import { TaxonomiesFile } from '../../src/domain/taxonomies.ts';
import { ToolsFile, type Tool } from '../../src/domain/catalogue.ts';
import { Answers } from '../../src/domain/answers.ts';
import { parseDataFile } from '../../src/domain/data-errors.ts';
import { recommend, type ReasonCode } from '../../src/engine/recommend.ts';
import { FORTIETH_LANGUAGE, NINTH_CHANNEL, grownLabels } from './fixtures/grown-taxonomy.ts';

// The editor's change: the new ids appended to the constants of src/domain/taxonomy.ts ...
vi.mock('../../src/domain/taxonomy.ts', async (importOriginal) => {
  const { grownTaxonomy } = await import('./fixtures/grown-taxonomy.ts');
  return grownTaxonomy(await importOriginal<typeof Taxonomy>());
});
// ... and their labels in data/taxonomies.json (here a copy). Nothing else changes.
const labels = grownLabels(taxonomiesJson);

/** A copy of the real catalogue in which one service also offers the new channel and language. */
function grownCatalogue(): Tool[] {
  const raw = structuredClone(toolsJson) as { tools: Array<Record<string, unknown> & { id: string }> };
  const sms = raw.tools.find((t) => t.id === 'velkalinja')!;
  sms.channels = [...(sms.channels as string[]), NINTH_CHANNEL];
  sms.languages = [...(sms.languages as string[]), FORTIETH_LANGUAGE];
  sms.inferred = (sms.inferred as string[]).filter((f) => f !== 'channels' && f !== 'languages');
  return parseDataFile('data/tools.json', ToolsFile, raw).tools;
}

describe('a ninth channel and a 40th language take their id and labels only', () => {
  it('the taxonomy holds them', () => {
    expect(CHANNEL_IDS).toHaveLength(9);
    expect(CLIENT_LANGUAGE_IDS).toHaveLength(40);
    expect((CLIENT_LANGUAGE_IDS as readonly string[])[39]).toBe(FORTIETH_LANGUAGE);
  });

  it('the label file with their labels is valid, and without them is not', () => {
    expect(
      parseDataFile('data/taxonomies.json', TaxonomiesFile, labels).channels[NINTH_CHANNEL as never],
    ).toEqual((labels.channels as Record<string, unknown>)[NINTH_CHANNEL]);
    expect(() => parseDataFile('data/taxonomies.json', TaxonomiesFile, taxonomiesJson)).toThrow(/sms/);
  });

  it('the answers and the catalogue accept them', () => {
    const answers = {
      needs: ['financial-social-work'],
      ageGroup: 'adult',
      language: FORTIETH_LANGUAGE,
      channels: [NINTH_CHANNEL],
      access: 'independent',
    };
    expect(Answers.safeParse(answers).success).toBe(true);
    expect(grownCatalogue().find((t) => t.id === 'velkalinja')!.channels).toContain(NINTH_CHANNEL);
  });

  it('the engine ranks the service that offers them first, and says why', () => {
    const answers = Answers.parse({
      needs: ['financial-social-work'],
      ageGroup: 'adult',
      language: FORTIETH_LANGUAGE,
      channels: [NINTH_CHANNEL],
      access: 'independent',
    });
    const result = recommend(answers, grownCatalogue());
    const [top, ...rest] = result.items;
    expect(top!.toolId).toBe('velkalinja');
    expect(top!.reasons).toEqual(
      expect.arrayContaining([
        { code: 'channel.matched', channel: NINTH_CHANNEL },
        { code: 'language.matched', lang: FORTIETH_LANGUAGE },
      ]),
    );
    expect(result.strictMatchCount).toBe(1);
    expect(result.relaxed).toEqual([]);
    for (const item of rest) {
      const codes: ReasonCode[] = item.caveats.map((c) => c.code);
      expect(
        codes.some((c) => c === 'channel.unmatched' || c === 'channel.unconfirmed'),
        item.toolId,
      ).toBe(true);
      // Only a multilingual service also speaks the new language.
      const speaks = item.reasons.some(
        (r) => r.code === 'language.multilingual' || r.code === 'language.likely',
      );
      const gap = codes.some((c) => c === 'language.unavailable' || c === 'language.unconfirmed');
      expect(speaks !== gap, item.toolId).toBe(true);
    }
  });
});
