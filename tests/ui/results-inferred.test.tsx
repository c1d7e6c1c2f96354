// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { catalogue } from '../../src/domain/catalogue-data.ts';
import { encodeShareQuery } from '../../src/domain/share-link.ts';
import type { Answers } from '../../src/domain/answers.ts';
import { UI_LANGS, main, renderApp, resetDevice } from './render-app.tsx';

/*
 * Issue 13, "stated versus guessed": an older Swedish-speaking client who wants video and
 * needs support. The cards must not state a guessed language as a fact.
 */
const ANSWERS: Answers = {
  needs: ['older-people'],
  ageGroup: 'older-adult',
  language: 'sv',
  channels: ['video'],
  access: 'needs-support',
};
const NOT_CONFIRMED = {
  fi: /kielet vahvistamatta/i,
  sv: /språken inte bekräftade/i,
  en: /languages not confirmed/i,
};

beforeEach(resetDevice);
afterEach(resetDevice);

describe('results for a Swedish-speaking older client who wants video', () => {
  it.each(UI_LANGS)(
    'a guessed language reads "languages not confirmed", never "not available" (%s)',
    async (lang) => {
      const app = renderApp({ lang, search: encodeShareQuery(ANSWERS, lang) });
      await main().findByRole('heading', { level: 1, name: app.s.stepTitle('results') }, { timeout: 5000 });
      const cards = main().getAllByRole('article');
      // A video service ranks first.
      const firstTool = catalogue.find((t) => t.id === cards[0]!.getAttribute('data-tool-id'))!;
      expect(firstTool.channels).toContain('video');

      const guessedFinnishOnly = cards.filter((card) => {
        const tool = catalogue.find((t) => t.id === card.getAttribute('data-tool-id'))!;
        return (
          tool.inferred.includes('languages') &&
          !tool.languages.includes('sv') &&
          !tool.languages.includes('mul')
        );
      });
      expect(guessedFinnishOnly.length).toBeGreaterThan(0);
      const notAvailable = app.s.text('results:reasons.language.unavailableOwnLanguage', {
        lang: app.s.language('sv'),
        languages: '',
      });
      const notAvailableStart = notAvailable.slice(0, notAvailable.indexOf('('));
      for (const card of guessedFinnishOnly) {
        expect(within(card).getByText(NOT_CONFIRMED[lang])).toBeTruthy();
        expect(card.textContent).not.toContain(notAvailableStart.trim());
      }
    },
  );
});

describe('results for a client with no digital access', () => {
  const NO_ACCESS: Answers = {
    needs: ['youth'],
    ageGroup: 'teen',
    language: 'fi',
    channels: 'any',
    access: 'no-access',
  };
  const GUESS = {
    fi: /arvio, ei vahvistettu/,
    sv: /uppskattning, inte bekräftad/,
    en: /an estimate, not confirmed/,
  };

  it.each(UI_LANGS)('a guessed requirement is said to be an estimate, never a fact (%s)', async (lang) => {
    const app = renderApp({ lang, search: encodeShareQuery(NO_ACCESS, lang) });
    await main().findByRole('heading', { level: 1, name: app.s.stepTitle('results') }, { timeout: 5000 });
    const needing = main()
      .getAllByRole('article')
      .filter((card) => {
        const tool = catalogue.find((t) => t.id === card.getAttribute('data-tool-id'))!;
        return tool.inferred.includes('requires') && tool.requires.device !== 'none';
      });
    expect(needing.length).toBeGreaterThan(0);
    const stated = app.s.text('results:reasons.access.requiresInternet');
    for (const card of needing) {
      expect(within(card).getAllByText(GUESS[lang]).length).toBeGreaterThan(0);
      for (const line of within(card).queryAllByText(stated, { exact: true })) expect(line).toBeNull();
    }
  });
});
