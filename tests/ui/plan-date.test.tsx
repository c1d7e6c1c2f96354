// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { UI_LANGUAGES } from '../../src/domain/taxonomy.ts';
import { useLongDate } from '../../src/ui/results/plan-panel.tsx';
import { createTestI18n } from '../support/test-i18n.ts';

describe("the plan's date", () => {
  it.each(UI_LANGUAGES)('reads as Intl.DateTimeFormat writes a long date, every month (%s)', (lang) => {
    const i18n = createTestI18n(lang);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    );
    const { result } = renderHook(() => useLongDate(), { wrapper });
    const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
    for (let month = 0; month < 12; month++) {
      for (const date of [new Date(2026, month, 1), new Date(2027, month, 28)]) {
        expect(result.current(date)).toBe(intl.format(date));
      }
    }
  });
});
