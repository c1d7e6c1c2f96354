import { describe, expect, it } from 'vitest';
import toolsJson from '../../data/tools.json';
import { parseTools } from '../../src/domain/catalogue-loader.ts';
import { sourceRows, type Tool } from '../../src/domain/catalogue.ts';
import { NEED_IDS, UI_LANGUAGES, type NeedId } from '../../src/domain/taxonomy.ts';

/**
 * Table 1 of the source article, row by row, written from the article and not from
 * data/tools.json: the methods and applications each need row names.
 *
 * `methods` are separate items of the row; each must be found in a different entry, so
 * that a generic name ("chat") is not satisfied by another item ("Apua eroon -chat").
 * `footnoteItems` are names listed inside a footnote of the row; they may share an entry
 * (the games of footnote 16, the robots of footnote 22).
 *
 * Names are matched case-insensitively, ignoring hyphens, as parts of an entry's name in
 * any language or of its `includes`. Some are word stems because Finnish inflects them.
 */
const TABLE_1: Record<NeedId, { methods: string[]; footnoteItems?: string[] }> = {
  'child-protection': {
    methods: [
      'virtu.fi',
      'sosiaalisen median',
      'Pyydä apua',
      'Nettivihje',
      'Apuu-chat',
      'Mummun ja Vaarintupien WhatsApp',
      'Ylitse Mentor App',
    ],
  },
  'family-work': { methods: ['Baby trail', 'Teemachatit', 'vlogit', 'Yoopies'] },
  'financial-social-work': {
    methods: ['Kykyviisari', 'Penno', 'Velkalinja', 'chat-neuvonta', 'Talous-Tsemppari'],
  },
  'separation-support': {
    methods: [
      'Kaksi kotia',
      'päiväkirja',
      'chat',
      'vertaisryhmät verkossa',
      'Nettiturvakoti',
      'Apua eroon -chat',
      'etäkoulutu',
    ],
  },
  youth: {
    methods: [
      // "Elämäni peli Chillaa 5)": two items; footnote 5 describes Chillaa only.
      'Elämäni peli',
      'Chillaa',
      'wickr',
      'Etäkraatteri',
      'NäytönPaikka',
      'Trello',
      'Komppaa',
      'netari.fi',
      'Discord',
    ],
  },
  'criminal-sanctions': {
    methods: [
      'lähiomaisten tapaaminen',
      'älyvankila',
      'etäkuntoutus',
      'vertaischat',
      'vinkki.info',
      'itseapu',
      'Portti vapauteen',
      'valokuvaterapia',
      'Peluuri',
      'palvelukartta',
    ],
  },
  // The article spells it "PatiensLikeMe"; the service is PatientsLikeMe.
  'psychiatric-rehabilitation': {
    methods: ['PatientsLikeMe', 'Etäkuntoutus', 'Mielenterveystalo', 'MieliMatka'],
  },
  'social-rehabilitation': { methods: ['SuperBetter', 'Kykyviisari', 'Todoist', 'Discord', 'Sovari'] },
  'disability-services': { methods: ['What Matters to Me', 'Exoskeleton', 'palveluseteli', 'asiakasohjaus'] },
  immigrants: { methods: ['Microsoft Translator', 'Google kääntäjä', 'Teamsin käännös', 'Kykyviisari'] },
  addiction: {
    methods: ['Living Skills', 'The World of Recovery', 'Etävastaanotto', 'verkkovertaistuki', 'Peluuri'],
  },
  'mental-wellbeing': {
    methods: ['hyötypel', 'Virtuaaliolkapää'],
    footnoteItems: [
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
  },
  'foster-family-work': { methods: ['etävalmennus'] },
  'community-work': { methods: ['Me-yhteisöpeli'], footnoteItems: ['Meltsi'] },
  'social-emergency': {
    methods: ['lomakkeet'],
    footnoteItems: ['lastensuojeluilmoitus', 'sosiaalihuollon tarpeesta', 'yhteydenotto sosiaalihuoltoon'],
  },
  'service-guidance': { methods: ['Living Skills', 'Pulmanavigaattori', 'psykososiaalinen tuki'] },
  'benefit-applicants': { methods: ['tekoäly'] },
  'older-people': {
    methods: [
      'Elo-olympialaiset',
      'NurseBuddy',
      'Huoli-ilmoitus',
      'Muistelutikku',
      'kotihoidon asiakaskäyn',
      'Robotiikka',
    ],
    footnoteItems: ['Paro', 'Zora', 'Nao', 'RIBA', 'Poseidon'],
  },
  'structural-social-work': {
    methods: [
      'Hyvinvointikompassi',
      'Sotkanet',
      'Terveytemme',
      'TEAviisari',
      'hyvinvointikertomus',
      'Arjen pelastajat',
      'vaikutusten ennakkoarviointi',
      'sosiaalinen raportointi',
    ],
  },
};

const normalise = (text: string) => text.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

const findable = (tool: Tool, name: string) =>
  [...UI_LANGUAGES.map((l) => tool.name[l]), ...tool.includes.map((i) => i.name)].some((text) =>
    normalise(text).includes(normalise(name)),
  );

/**
 * The names of `need`'s row that the catalogue does not cover: footnote items not found
 * in any entry of the row, and methods left over when each method must claim an entry of
 * its own (a maximum bipartite matching by augmenting paths).
 */
function uncovered(tools: readonly Tool[], need: NeedId): string[] {
  const row = tools.filter((t) => t.needs.includes(need) && sourceRows(t).includes(need));
  const { methods, footnoteItems = [] } = TABLE_1[need];
  const claimedBy = new Map<string, string>();
  const claim = (method: string, seen: Set<string>): boolean =>
    row.some((tool) => {
      if (!findable(tool, method) || seen.has(tool.id)) return false;
      seen.add(tool.id);
      const holder = claimedBy.get(tool.id);
      if (holder === undefined || claim(holder, seen)) {
        claimedBy.set(tool.id, method);
        return true;
      }
      return false;
    });
  return [
    ...methods.filter((method) => !claim(method, new Set())),
    ...footnoteItems.filter((name) => !row.some((tool) => findable(tool, name))),
  ];
}

const tools = parseTools(toolsJson);

describe('Table 1 coverage', () => {
  it('lists every need row of the schema', () => {
    expect(Object.keys(TABLE_1).sort()).toEqual([...NEED_IDS].sort());
  });

  it.each(NEED_IDS)('covers every method of the row "%s"', (need) => {
    expect(uncovered(tools, need)).toEqual([]);
  });

  it('fails when an entry is dropped', () => {
    const without = tools.filter((t) => t.id !== 'kaksi-kotia');
    expect(uncovered(without, 'separation-support')).toEqual(['Kaksi kotia']);
  });

  it('fails when an entry loses its tag for a row', () => {
    const untagged = tools.map((t) =>
      t.id === 'kykyviisari' ? { ...t, needs: t.needs.filter((n) => n !== 'immigrants') } : t,
    );
    expect(uncovered(untagged, 'immigrants')).toEqual(['Kykyviisari']);
  });

  it('fails when one entry would have to stand for two methods of a row', () => {
    const withoutPlainChat = tools.filter((t) => t.id !== 'separation-chat');
    const missing = uncovered(withoutPlainChat, 'separation-support');
    expect(missing).toHaveLength(1);
    expect(['chat', 'Apua eroon -chat']).toContain(missing[0]);
  });

  it('fails when a footnote item is missing', () => {
    const noParo = tools.map((t) => ({ ...t, includes: t.includes.filter((i) => i.name !== 'Paro') }));
    expect(uncovered(noParo, 'older-people')).toEqual(['Paro']);
  });
});
