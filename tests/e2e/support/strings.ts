import { allResources } from '../../support/test-i18n.ts';
import taxonomies from '../../../data/taxonomies.json';
import type { UiLanguage } from '../../../src/domain/taxonomy.ts';

/** The UI strings and taxonomy labels of one language, as the app shows them. */
export function strings(lang: UiLanguage) {
  const r = allResources[lang];
  return {
    ...r,
    need: (id: keyof typeof taxonomies.needs) => taxonomies.needs[id][lang],
    channel: (id: keyof typeof taxonomies.channels) => taxonomies.channels[id][lang],
    access: (id: keyof typeof taxonomies.access) => taxonomies.access[id][lang],
    language: (id: keyof typeof taxonomies.languages) => taxonomies.languages[id][lang],
    ageGroup: (id: keyof typeof taxonomies.ageGroups) =>
      `${taxonomies.ageGroups[id].label[lang]} (${taxonomies.ageGroups[id].range})`,
  };
}

export const UI_LANGS: UiLanguage[] = ['fi', 'sv', 'en'];
