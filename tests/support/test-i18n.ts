import { bundle as fiCore } from '../../src/i18n/bundle-fi.ts';
import { bundle as fiMore } from '../../src/i18n/bundle-fi-more.ts';
import { bundle as fiHandout } from '../../src/i18n/bundle-fi-handout.ts';
import { bundle as svCore } from '../../src/i18n/bundle-sv.ts';
import { bundle as svMore } from '../../src/i18n/bundle-sv-more.ts';
import { bundle as svHandout } from '../../src/i18n/bundle-sv-handout.ts';
import { bundle as enCore } from '../../src/i18n/bundle-en.ts';
import { bundle as enMore } from '../../src/i18n/bundle-en-more.ts';
import { bundle as enHandout } from '../../src/i18n/bundle-en-handout.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import type { UiLanguage } from '../../src/domain/taxonomy.ts';

export const allResources = {
  fi: { ...fiCore, ...fiMore, ...fiHandout },
  sv: { ...svCore, ...svMore, ...svHandout },
  en: { ...enCore, ...enMore, ...enHandout },
};

/** Real i18next with every language loaded; a missing key throws, so tests catch gaps. */
export const createTestI18n = (lang: UiLanguage = 'fi') => createI18n(lang, allResources, { strict: true });
