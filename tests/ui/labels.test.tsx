// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { CLIENT_LANGUAGE_IDS, PRIMARY_CLIENT_LANGUAGE_IDS, UI_LANGUAGES } from '../../src/domain/taxonomy.ts';
import { otherLanguagesInOrder, taxonomies } from '../../src/domain/taxonomies-data.ts';
import { useLabels } from '../../src/ui/shared/labels.ts';
import { createTestI18n } from '../support/test-i18n.ts';

const CHANNELS = Object.keys(taxonomies.channels);

describe('a list of labels', () => {
  it.each(UI_LANGUAGES)('reads as Intl.ListFormat would write it, from the locale strings (%s)', (lang) => {
    const i18n = createTestI18n(lang);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    const { result } = renderHook(() => useLabels(), { wrapper });
    const intl = new Intl.ListFormat(lang, { type: 'conjunction' });
    for (let n = 0; n <= 4; n++) {
      const ids = CHANNELS.slice(0, n);
      expect(result.current.list('channels', ids)).toBe(
        intl.format(ids.map((id) => result.current.label('channels', id))),
      );
    }
  });
});

describe('the other client languages', () => {
  const others = CLIENT_LANGUAGE_IDS.filter(
    (id) => !(PRIMARY_CLIENT_LANGUAGE_IDS as readonly string[]).includes(id),
  );

  it.each(UI_LANGUAGES)(
    'are every language but the national and Sami ones, by label as the language sorts them (%s)',
    (lang) => {
      const order = otherLanguagesInOrder[lang];
      expect([...order].sort()).toEqual([...others].sort());
      const collator = new Intl.Collator(lang);
      const name = (id: (typeof order)[number]) => taxonomies.languages[id][lang];
      for (let i = 1; i < order.length; i++) {
        const [a, b] = [order[i - 1]!, order[i]!];
        const names = collator.compare(name(a), name(b));
        expect(names < 0 || (names === 0 && a < b), `${name(a)} before ${name(b)}`).toBe(true);
      }
    },
  );
});
