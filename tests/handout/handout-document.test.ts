/*
 * The client handout's text, built with real i18next in each language: the plain-language
 * budget (average sentence ≤ 12 words, none over 20), only catalogue facts, and no needs
 * unless asked for. `npx vitest run --project unit tests/handout` prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { toolsById } from '../../src/domain/catalogue-data.ts';
import type { Tool } from '../../src/domain/catalogue.ts';
import { taxonomies } from '../../src/domain/taxonomies-data.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../src/domain/taxonomy.ts';
import { buildHandout, handoutToText, plainLanguageFigures } from '../../src/ui/results/handout-document.ts';
import { createTestI18n } from '../support/test-i18n.ts';

const i18n = createTestI18n('fi');
const tool = (id: string): Tool => {
  const found = toolsById.get(id);
  if (!found) throw new Error(`no tool ${id}`);
  return found;
};

/** Combinations a practitioner could print: one method, two, three, with and without an address. */
const COMBINATIONS: string[][] = [
  ['netari-fi'],
  ['netari-fi', 'apuu-chat'],
  ['home-care-video-visits', 'microsoft-translator', 'velkalinja'],
  ['sotkanet', 'discord', 'kaksi-kotia'],
];

const handoutText = (lang: UiLanguage, ids: string[], extra: { needs?: boolean; worker?: boolean } = {}) =>
  handoutToText(
    buildHandout(
      {
        lang,
        tools: ids.map(tool),
        needs: extra.needs ? ['mental-wellbeing', 'older-people'] : undefined,
        date: '3.12.2026',
        workerName: extra.worker ? 'Maija Meikäläinen' : '',
        workerContact: extra.worker ? '040 123 4567' : '',
      },
      i18n.getFixedT(lang, 'handout'),
    ),
  );

describe('the plain-language check itself', () => {
  it('counts sentences at full stops and line ends, and words in each', () => {
    const f = plainLanguageFigures(
      'One two three. Four five!\nSix seven eight nine\nAddress: https://a.fi/x.y',
    );
    expect(f.sentences).toBe(4);
    expect(f.words).toBe(11);
    expect(f.longestWords).toBe(4);
  });
  it('fails a long sentence', () => {
    const long = Array.from({ length: 21 }, (_, i) => `word${i}`).join(' ') + '.';
    expect(plainLanguageFigures(long).longestWords).toBe(21);
  });
});

describe.each(UI_LANGUAGES)('the client handout in %s', (lang) => {
  it('keeps within the plain-language budget for every combination', () => {
    const all = COMBINATIONS.map((ids) => handoutText(lang, ids, { needs: true, worker: true })).join('\n');
    const figures = plainLanguageFigures(all);
    console.info(
      `handout ${lang}: ${figures.sentences} sentences, ${figures.words} words, ` +
        `average ${figures.averageWords.toFixed(1)} words, longest ${figures.longestWords} ("${figures.longest}")`,
    );
    expect(figures.averageWords).toBeLessThanOrEqual(12);
    expect(figures.longestWords).toBeLessThanOrEqual(20);
    for (const ids of COMBINATIONS) {
      const one = plainLanguageFigures(handoutText(lang, ids));
      expect(one.averageWords, ids.join('+')).toBeLessThanOrEqual(12);
      expect(one.longestWords, ids.join('+')).toBeLessThanOrEqual(20);
    }
  });

  it('names each method in the handout language and gives its address only when the catalogue has one', () => {
    const t = i18n.getFixedT(lang, 'handout');
    const text = handoutText(lang, ['netari-fi', 'apuu-chat']);
    expect(text).toContain(tool('netari-fi').name[lang]);
    expect(text).toContain(tool('apuu-chat').name[lang]);
    expect(text).toContain(t('doc.address', { url: 'https://netari.fi' }));
    // apuu-chat has no address in the catalogue: the handout says to ask, and invents none.
    expect(text).toContain(t('doc.noAddress'));
    // Account needs are a data editor's guess for these entries: asked, not stated.
    expect(text).toContain(t('doc.account.ask'));
    expect(text).not.toContain(t('doc.account.yes'));
    expect(text).toContain(t('doc.strongId'));
    expect(text).toContain(t('doc.voluntary'));
    expect(text).toContain(t('doc.digituki'));
  });

  it('does not state a guessed kind or channel to the client as fact', () => {
    const t = i18n.getFixedT(lang, 'handout');
    const video = tool('home-care-video-visits');
    expect(video.inferred).toContain('kind');
    const text = handoutText(lang, [video.id]);
    expect(text).not.toContain(t(`doc.kind.${video.kind}`));
    expect(text).toContain(t('doc.kindAsk'));
    if (video.inferred.includes('channels')) expect(text).toContain(t('doc.howAsk'));
  });

  it('prints the support needs and the worker only when they are given', () => {
    const need = taxonomies.needs['mental-wellbeing'][lang];
    expect(handoutText(lang, ['netari-fi'])).not.toContain(need);
    expect(handoutText(lang, ['netari-fi'])).not.toContain('Maija');
    const full = handoutText(lang, ['netari-fi'], { needs: true, worker: true });
    expect(full).toContain(need);
    expect(full).toContain('Maija Meikäläinen');
    expect(full).toContain('040 123 4567');
  });
});

it('is the same document whatever the UI language is', () => {
  const fromFi = handoutText('sv', ['netari-fi']);
  void i18n.changeLanguage('en');
  expect(handoutText('sv', ['netari-fi'])).toBe(fromFi);
  void i18n.changeLanguage('fi');
});
