import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../domain/taxonomy.ts';
import { NAMESPACES, resources } from './resources.ts';

export const DEFAULT_UI_LANGUAGE: UiLanguage = 'fi';

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);

/** Picks the UI language from the browser's preferences, falling back to Finnish. */
export function browserUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return DEFAULT_UI_LANGUAGE;
}

export class MissingTranslationError extends Error {
  constructor(lng: readonly string[], ns: string, key: string) {
    super(`Missing translation "${ns}:${key}" for ${lng.join(',')}`);
    this.name = 'MissingTranslationError';
  }
}

/**
 * Creates an i18next instance with all bundled resources. With `strict`, a missing key
 * throws instead of silently showing the key: tests use it so that a gap fails loudly.
 */
export function createI18n(lng: UiLanguage, { strict = false } = {}): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: strict ? false : DEFAULT_UI_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'common',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: strict,
    missingKeyHandler: strict
      ? (lngs, ns, key) => {
          throw new MissingTranslationError(lngs, ns, key);
        }
      : false,
  });
  return instance;
}
