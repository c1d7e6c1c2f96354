import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../domain/taxonomy.ts';
import { loadCatalogueLanguage } from '../domain/catalogue-text.ts';
import { loadResources, NAMESPACES, type ResourcePart, type Resources } from './resources.ts';

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
 * Creates an i18next instance with the given languages' resources. With `strict`, a missing
 * key throws instead of silently showing the key: tests use it so that a gap fails loudly.
 */
export function createI18n(
  lng: UiLanguage,
  resources: Partial<Record<UiLanguage, Partial<Resources>>>,
  { strict = false } = {},
): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    ns: [...NAMESPACES],
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

/** Which parts of the strings an instance has asked for; a language switch loads the same parts. */
const partsInUse = new WeakMap<i18n, Set<ResourcePart>>();

/**
 * The parts whose screens show the catalogue (every view, the client handout): the
 * catalogue's text in the same language loads with them (src/domain/catalogue-text.ts), so
 * a screen that has its strings has the catalogue's text too, in the UI language, after a
 * language switch and in the handout's own language alike.
 */
const WITH_CATALOGUE_TEXT: ReadonlySet<ResourcePart> = new Set(['more', 'handout']);

async function addParts(instance: i18n, lng: UiLanguage, parts: Iterable<ResourcePart>): Promise<void> {
  for (const part of parts) {
    // The strings are added only once the catalogue's text is there: a screen that finds
    // them (hasResourceBundle) finds the text too.
    const [bundle] = await Promise.all([
      loadResources(lng, part),
      WITH_CATALOGUE_TEXT.has(part) ? loadCatalogueLanguage(lng) : undefined,
    ]);
    for (const [ns, strings] of Object.entries(bundle)) {
      if (!instance.hasResourceBundle(lng, ns)) instance.addResourceBundle(lng, ns, strings, true, true);
    }
  }
}

/** Makes sure a part of the strings is there for the current language (and later ones). */
export async function ensureResources(instance: i18n, part: ResourcePart): Promise<void> {
  const parts = partsInUse.get(instance) ?? new Set<ResourcePart>(['core']);
  parts.add(part);
  partsInUse.set(instance, parts);
  const lng = instance.language;
  if (isUiLanguage(lng)) await addParts(instance, lng, [part]);
}

/**
 * Makes sure a part of the strings is there for a given language, whatever the UI language:
 * the client handout is printed in the client's language, chosen apart from the UI's.
 */
export async function ensureLanguageResources(
  instance: i18n,
  lng: UiLanguage,
  part: ResourcePart,
): Promise<void> {
  await addParts(instance, lng, [part]);
}

/** Switches the UI language, loading its strings first when they are not there yet. */
export async function switchLanguage(instance: i18n, lng: UiLanguage): Promise<void> {
  await addParts(instance, lng, partsInUse.get(instance) ?? ['core']);
  await instance.changeLanguage(lng);
}

/** Creates the app's i18next instance with the first screens' strings of the chosen language. */
export async function createAppI18n(lng: UiLanguage): Promise<i18n> {
  const instance = createI18n(lng, { [lng]: await loadResources(lng, 'core') });
  partsInUse.set(instance, new Set(['core']));
  return instance;
}
