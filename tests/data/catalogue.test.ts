import { describe, expect, it } from 'vitest';
import toolsJson from '../../data/tools.json';
import taxonomiesJson from '../../data/taxonomies.json';
import { parseTools } from '../../src/domain/catalogue-loader.ts';
import { parseTaxonomies } from '../../src/domain/taxonomies-data.ts';
import { DataFileError } from '../../src/domain/data-errors.ts';
import { isFromArticle, sourceFootnotes, sourceRows, type Tool } from '../../src/domain/catalogue.ts';
import { NEED_IDS, UI_LANGUAGES, type LocalizedText } from '../../src/domain/taxonomy.ts';

const tools = parseTools(toolsJson);
const taxonomies = parseTaxonomies(taxonomiesJson);

/** Fixtures break the schema on purpose (unknown ids, missing keys), so they are edited untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = any;

/** Runs `parse` on a changed copy of `json` and returns the problem lines it reports. */
function problemsOf(
  parse: (raw: unknown) => unknown,
  json: unknown,
  change: (copy: LooseJson) => void,
): string[] {
  const copy = structuredClone(json);
  change(copy);
  try {
    parse(copy);
  } catch (error) {
    if (error instanceof DataFileError) return [...error.problems];
    throw error;
  }
  return [];
}

const entry = (copy: { tools: { id: string }[] }, id: string): LooseJson => {
  const found = copy.tools.find((t) => t.id === id);
  if (!found) throw new Error(`fixture needs the entry "${id}"`);
  return found;
};

const normalise = (text: string) => text.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

/** Whether an editor searching for `name` finds `tool` (any language of its name, or its includes). */
const findable = (tool: Tool, name: string) =>
  [...UI_LANGUAGES.map((l) => tool.name[l]), ...tool.includes.map((i) => i.name)].some((text) =>
    normalise(text).includes(normalise(name)),
  );

describe('the bundled data files', () => {
  it('parse with their domain loaders', () => {
    expect(tools.length).toBeGreaterThanOrEqual(75);
    expect(Object.keys(taxonomies.needs)).toEqual([...NEED_IDS]);
  });

  it('give every entry its text in Finnish, Swedish and English', () => {
    const texts = (tool: Tool): [string, LocalizedText][] => [
      ['name', tool.name],
      ['summary', tool.summary],
      ['provider', tool.provider],
      ['dataProcessing.note', tool.dataProcessing.note],
      ...tool.includes.flatMap((inc, i) =>
        inc.note ? [[`includes[${i}].note`, inc.note] as [string, LocalizedText]] : [],
      ),
    ];
    for (const tool of tools) {
      for (const [field, text] of texts(tool)) {
        for (const language of UI_LANGUAGES) {
          expect(text[language].trim(), `${tool.id}.${field}.${language}`).not.toBe('');
        }
      }
    }
  });

  it('translates every summary rather than copying the Finnish', () => {
    for (const tool of tools) {
      expect(tool.summary.sv, tool.id).not.toBe(tool.summary.fi);
      expect(tool.summary.en, tool.id).not.toBe(tool.summary.fi);
      expect(tool.summary.en, tool.id).not.toBe(tool.summary.sv);
    }
  });

  it('uses each id once', () => {
    const ids = tools.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has entries under every need row of Table 1', () => {
    for (const need of NEED_IDS) {
      expect(
        tools.filter((t) => sourceRows(t).includes(need)).map((t) => t.id),
        need,
      ).not.toHaveLength(0);
    }
  });

  it('cites every footnote 1-22 at least once', () => {
    const cited = new Set(tools.flatMap((t) => sourceFootnotes(t)));
    for (let n = 1; n <= 22; n += 1) expect(cited.has(n), `footnote ${n}`).toBe(true);
  });

  it('makes each named item of the footnote lists findable by name', () => {
    const footnoteItems: Record<number, string[]> = {
      16: [
        'Oiva',
        'Flowy',
        'Mielen saaret',
        'Eternally us',
        'Pacifica',
        'Personal Zen',
        'SAM',
        'Florence',
        'Well Mind',
        'Headspace',
        'Motivisti',
      ],
      17: ['Meltsi'],
      18: ['lastensuojeluilmoitus', 'sosiaalihuollon tarpeesta', 'yhteydenotto sosiaalihuoltoon'],
      22: ['Paro', 'Zora', 'Nao', 'RIBA', 'Poseidon'],
    };
    for (const [footnote, names] of Object.entries(footnoteItems)) {
      const citing = tools.filter((t) => sourceFootnotes(t).includes(Number(footnote)));
      for (const name of names) {
        expect(
          citing.some((t) => findable(t, name)),
          `footnote ${footnote}: "${name}"`,
        ).toBe(true);
      }
    }
  });

  it('links article entries only to sites the article names, and beyond entries to their evidence site', () => {
    // Never invent an address: each one here is written in the article itself.
    const named = [
      'https://virtu.fi',
      'https://netari.fi',
      'https://vinkki.info',
      'https://sotkanet.fi',
      'https://terveytemme.fi',
      'https://wickr.com',
    ];
    const linked = tools.filter((t) => t.url !== undefined);
    for (const tool of linked.filter(isFromArticle)) expect(named, tool.id).toContain(tool.url);
    // A service beyond the article links to the site its stored evidence is on.
    for (const tool of linked.filter((t) => !isFromArticle(t))) {
      expect(tool.status.evidence, tool.id).toBeDefined();
      expect(new URL(tool.url!).host, tool.id).toBe(new URL(tool.status.evidence!).host);
    }
    expect(linked.filter((t) => !isFromArticle(t)).length).toBeGreaterThan(0);
    // The article names Verke.org as the provider of Discord, not as Discord's site.
    expect(tools.find((t) => t.id === 'discord')?.url).toBeUndefined();
  });

  it("names the provider of today where the 2023 reform moved the service, and keeps the article's", () => {
    const movedCities = /^Kuntasektori \((Vantaa|Espoo|Rovaniemi)\)$/;
    const moved = tools.filter(isFromArticle).filter((t) => movedCities.test(t.source.provider.fi));
    expect(moved.map((t) => t.id).sort()).toEqual([
      'digital-client-guidance',
      'espoo-electronic-service-voucher',
      'rovaniemi-online-forms',
      'vantaa-impact-assessment',
      'vantaa-social-media-communication',
      'virtu-fi',
    ]);
    for (const tool of moved) {
      expect(tool.provider.fi, tool.id).not.toBe(tool.source.provider.fi);
      expect(tool.provider.fi, tool.id).toMatch(/hyvinvointialue/);
    }
    // Municipal youth work stays with the municipalities.
    for (const id of ['wickr-outreach-youth-work', 'etakraatteri', 'chillaa'])
      expect(tools.find((t) => t.id === id)?.provider.fi, id).toMatch(/^Kuntasektori/);
  });

  it('does not reassure about data processing nobody checked', () => {
    const reassurance = /does not send|sends nothing|own service|do not pass through/i;
    for (const tool of tools) {
      const online =
        tool.requires.internet || tool.channels.some((c) => ['web', 'chat', 'mobile-app'].includes(c));
      if (online) expect(tool.dataProcessing.note.en, tool.id).not.toMatch(reassurance);
    }
    // A web test or form says where its answers go.
    for (const id of [
      'peluuri-tests',
      'mielenterveystalo-tests',
      'kykyviisari',
      'huoli-ilmoitus',
      'rovaniemi-online-forms',
    ])
      expect(tools.find((t) => t.id === id)?.dataProcessing.note.en, id).toMatch(/server|social services/);
  });

  it("keeps the article's separate items apart and its methods as the article describes them", () => {
    // "Elämäni peli Chillaa 5)": footnote 5 describes Chillaa only.
    expect(tools.filter((t) => sourceFootnotes(t).includes(5)).map((t) => t.id)).toEqual(['chillaa']);
    expect(tools.find((t) => t.id === 'elamani-peli')?.name.fi).toBe('Elämäni peli');
    // Sovari is an anonymous survey reported in aggregate, not a client record.
    const sovari = tools.find((t) => t.id === 'sovari')!;
    expect(sovari.flags).toContain('anonymous');
    expect(sovari.flags).not.toContain('records-client-data');
    expect(sovari.summary.en).toMatch(/aggregate/);
    // A tip to Nettivihje does not replace the practitioner's own reports.
    const tip = tools.find((t) => t.id === 'nettivihje')!;
    expect(tip.summary.fi).toMatch(/lastensuojeluilmoitus/);
    expect(tip.summary.sv).toMatch(/barnskyddsanmälan/);
    expect(tip.summary.en).toMatch(/child-welfare notification.*police/);
  });

  it('uses the Finland-Swedish terms in Swedish texts', () => {
    const wrong =
      /mödrahem och skyddshem|arbetstagaren|arbetaren|Distansträning|kamratkunskap|(?<!mor- och )farföräldrar/;
    for (const tool of tools)
      expect(
        JSON.stringify([tool.name.sv, tool.summary.sv, tool.provider.sv, tool.dataProcessing.note.sv]),
        tool.id,
      ).not.toMatch(wrong);
  });

  it('holds the national services beyond the article, each with its evidence', () => {
    for (const id of ['sekasin-chat', 'mielenterveystalo', 'digituki', 'omaperhe', 'kela-kelpo']) {
      const tool = tools.find((t) => t.id === id);
      expect(tool?.source.table, id).toBe('beyond');
      expect(tool?.status.state, id).toBe('active');
      expect(tool?.status.evidence, id).toMatch(/^https?:\/\//);
    }
  });

  it('marks the platform of every tool named after a commercial platform', () => {
    const platformByName: [RegExp, string][] = [
      [/whatsapp/i, 'whatsapp'],
      [/discord/i, 'discord'],
      [/google docs/i, 'google-docs'],
      [/trello/i, 'trello'],
      [/wickr/i, 'wickr'],
      [/todoist/i, 'todoist'],
      [/microsoft translator/i, 'microsoft-translator'],
      [/google translate/i, 'google-translate'],
    ];
    for (const tool of tools) {
      for (const [pattern, platform] of platformByName) {
        if (pattern.test(tool.name.en))
          expect(tool.dataProcessing.commercialPlatform, tool.id).toBe(platform);
      }
    }
  });

  it('flags machine translation on every translation tool', () => {
    for (const tool of tools.filter((t) => t.kind === 'translation')) {
      expect(tool.flags, tool.id).toContain('machine-translation');
      expect(tool.languages, tool.id).toContain('mul');
    }
  });

  it('labels every need in all three languages with distinct Finnish and Swedish terms', () => {
    for (const need of NEED_IDS) {
      expect(taxonomies.needs[need].sv, need).not.toBe(taxonomies.needs[need].fi);
    }
  });
});

describe('a bad tools file is reported by file, entry id, field and reason', () => {
  it('names an unknown need', () => {
    const problems = problemsOf(parseTools, toolsJson, (copy) => {
      entry(copy, 'kaksi-kotia').needs = ['youth', 'divorce'];
    });
    expect(problems).toEqual(['data/tools.json: kaksi-kotia.needs[1]: unknown need "divorce"']);
  });

  it('names a missing Swedish summary', () => {
    const problems = problemsOf(parseTools, toolsJson, (copy) => {
      delete entry(copy, 'kaksi-kotia').summary.sv;
    });
    expect(problems).toEqual(['data/tools.json: kaksi-kotia.summary.sv: Swedish text is missing']);
  });

  it('names an empty English name', () => {
    const problems = problemsOf(parseTools, toolsJson, (copy) => {
      entry(copy, 'kaksi-kotia').name.en = '  ';
    });
    expect(problems).toEqual(['data/tools.json: kaksi-kotia.name.en: English text is empty']);
  });

  it('names a duplicate id', () => {
    const problems = problemsOf(parseTools, toolsJson, (copy) => {
      copy.tools.push(structuredClone(entry(copy, 'kaksi-kotia')));
    });
    expect(problems).toEqual(['data/tools.json: kaksi-kotia: id is used by more than one entry']);
  });

  it('names an invented footnote', () => {
    const problems = problemsOf(parseTools, toolsJson, (copy) => {
      entry(copy, 'kaksi-kotia').source.footnotes = [23];
    });
    expect(problems).toEqual([
      'data/tools.json: kaksi-kotia.source.footnotes[0]: Table 1 has footnotes 1-22',
    ]);
  });

  it('names a table row that is not among the needs', () => {
    const problems = problemsOf(parseTools, toolsJson, (copy) => {
      entry(copy, 'kaksi-kotia').source.rows = ['separation-support', 'youth'];
    });
    expect(problems).toEqual([
      'data/tools.json: kaksi-kotia.source.rows: row "youth" is not among the entry\'s needs',
    ]);
  });

  it('names a need row left without entries', () => {
    const problems = problemsOf(parseTools, toolsJson, (copy) => {
      copy.tools = copy.tools.filter((t: Tool) => !t.needs.includes('foster-family-work'));
    });
    expect(problems).toEqual(['data/tools.json: need row "foster-family-work" has no entries']);
  });

  it('names a field that is not in the schema', () => {
    const problems = problemsOf(parseTools, toolsJson, (copy) => {
      entry(copy, 'kaksi-kotia').website = 'https://example.org';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/tools\.json: kaksi-kotia: .*"website"/);
  });

  it('reports every problem of the file at once', () => {
    const problems = problemsOf(parseTools, toolsJson, (copy) => {
      entry(copy, 'kaksi-kotia').needs = ['youth', 'divorce'];
      entry(copy, 'discord').status.checked = '29.11.2026';
    });
    expect(problems).toEqual([
      'data/tools.json: kaksi-kotia.needs[1]: unknown need "divorce"',
      'data/tools.json: discord.status.checked: must be an ISO date (YYYY-MM-DD)',
    ]);
  });
});

describe('a bad status is reported by file, entry, field and reason', () => {
  const withStatus = (status: Record<string, unknown>) =>
    problemsOf(parseTools, toolsJson, (copy) => {
      entry(copy, 'discord').status = status;
    });

  it('asks an active or replaced entry for its evidence', () => {
    expect(withStatus({ state: 'active', checked: '2026-12-01' })).toEqual([
      'data/tools.json: discord.status.evidence: a "active" status needs an evidence address',
    ]);
    expect(withStatus({ state: 'replaced', checked: '2026-12-01' })).toEqual([
      'data/tools.json: discord.status.evidence: a "replaced" status needs an evidence address',
    ]);
    expect(withStatus({ state: 'unverified', checked: '2026-12-01' })).toEqual([]);
  });

  it('refuses a checked date in the future or not on the calendar', () => {
    expect(withStatus({ state: 'unverified', checked: '2999-01-01' })).toEqual([
      'data/tools.json: discord.status.checked: is in the future',
    ]);
    expect(withStatus({ state: 'unverified', checked: '2026-02-30' })).toContain(
      'data/tools.json: discord.status.checked: is not a real calendar date',
    );
  });

  it('names an unknown state', () => {
    expect(withStatus({ state: 'closed', checked: '2026-12-01' })).toEqual([
      'data/tools.json: discord.status.state: unknown status "closed" (one of active, discontinued, replaced, unverified)',
    ]);
  });

  it('refuses a replacedBy that names no entry, or the entry itself', () => {
    const replaced = { state: 'replaced', checked: '2026-12-01', evidence: 'https://example.org' };
    expect(withStatus({ ...replaced, replacedBy: 'no-such-tool' })).toEqual([
      'data/tools.json: discord.status.replacedBy: unknown tool id "no-such-tool"',
    ]);
    expect(withStatus({ ...replaced, replacedBy: 'discord' })).toEqual([
      'data/tools.json: discord.status.replacedBy: an entry cannot replace itself',
    ]);
    expect(withStatus({ ...replaced, replacedBy: 'kaksi-kotia' })).toEqual([]);
  });

  it('refuses the removed reviewed field and a v1 file', () => {
    expect(
      problemsOf(parseTools, toolsJson, (copy) => {
        entry(copy, 'discord').reviewed = '2026-11-29';
      }),
    ).toEqual([expect.stringMatching(/^data\/tools\.json: discord: .*"reviewed"/)]);
    expect(
      problemsOf(parseTools, toolsJson, (copy) => {
        copy.schemaVersion = 1;
      }),
    ).toEqual(['data/tools.json: schemaVersion: schemaVersion must be 2']);
  });
});

describe('a bad taxonomies file is reported by file, field and reason', () => {
  it('names a missing language label', () => {
    const problems = problemsOf(parseTaxonomies, taxonomiesJson, (copy) => {
      delete copy.languages.fss.sv;
    });
    expect(problems).toEqual(['data/taxonomies.json: languages.fss.sv: Swedish text is missing']);
  });

  it('names a need placed in two groups', () => {
    const problems = problemsOf(parseTaxonomies, taxonomiesJson, (copy) => {
      copy.needGroups[1].needs.push(copy.needGroups[0].needs[0]);
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^data\/taxonomies\.json: .*needs\[\d+\]: need "child-protection" is already in group/,
    );
  });
});
