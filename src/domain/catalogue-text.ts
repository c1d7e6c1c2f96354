import type { Tool } from './catalogue.ts';
import type { LocalizedText, UiLanguage } from './taxonomy.ts';
import { sortedByName } from './name-order.ts';

/**
 * The catalogue's text comes apart from the rest of it. Every text of the catalogue is a
 * `{ fi, sv, en }` object; a page shows one or two of those languages, and the text of all
 * three is most of the catalogue's weight. In the production build the catalogue module holds
 * each text as an empty object, and each language's strings are a chunk of their own
 * (src/domain/bundled/catalogue-text-*.ts, made at build time by scripts/bundled-data.ts):
 * loadCatalogueLanguage() puts a language's strings into those same objects, so everything
 * that reads the catalogue reads it as before once that language is loaded.
 *
 * The strings of the views' language come with the strings beyond the first screen
 * (src/i18n/i18n.ts: the parts 'more' and 'handout' load the catalogue's text of their
 * language too), so a view never renders a text that is not there. Under Vitest, the dev server
 * and tsx the catalogue module keeps its whole text, and loading changes nothing.
 */

/**
 * Every text of the catalogue, in a fixed order: tool by tool, the name, summary, provider,
 * data processing note, the notes of included items, the article's provider and the status
 * note. A text field added to the Tool schema must be added here (a test checks that the
 * catalogue without its text has no text left).
 */
export const catalogueTexts = (tools: readonly Tool[]): LocalizedText[] =>
  tools.flatMap((tool) => [
    tool.name,
    tool.summary,
    tool.provider,
    tool.dataProcessing.note,
    ...tool.includes.flatMap((item) => (item.note ? [item.note] : [])),
    ...(tool.source.table === 'Table 1' ? [tool.source.provider] : []),
    ...(tool.status.note ? [tool.status.note] : []),
  ]);

/** The strings of one language, in the order of catalogueTexts (build time). */
export const catalogueStrings = (tools: readonly Tool[], lang: UiLanguage): string[] =>
  catalogueTexts(tools).map((text) => text[lang]);

/** A copy of the catalogue with every text an empty object (build time). */
export function withoutText(tools: readonly Tool[]): Tool[] {
  const copy = structuredClone(tools) as Tool[];
  for (const text of catalogueTexts(copy))
    for (const lang of Object.keys(text)) delete text[lang as UiLanguage];
  return copy;
}

/**
 * The catalogue's ids in the order of their names in one language (sortedByName). The build
 * computes it for each language's text module, so the catalogue page sorts nothing itself.
 */
export const idsByName = (tools: readonly Tool[], lang: UiLanguage): string[] =>
  sortedByName(
    tools,
    lang,
    (tool) => tool.name[lang],
    (tool) => tool.id,
  ).map((tool) => tool.id);

/**
 * The tools by name in `lang`: in the order given (a language's precomputed `byName`) when it
 * names exactly these tools, else as idsByName sorts them.
 */
export function sortByName(tools: readonly Tool[], lang: UiLanguage, order?: readonly string[]): Tool[] {
  const byId = new Map(tools.map((tool) => [tool.id, tool]));
  const ids =
    order?.length === tools.length && order.every((id) => byId.has(id)) ? order : idsByName(tools, lang);
  return ids.map((id) => byId.get(id)!);
}

/** One language's text module: its strings in the order of catalogueTexts, and `byName`. */
export interface CatalogueLanguageText {
  strings: readonly string[];
  /** idsByName for this language, computed with the text (at build time in production). */
  byName: readonly string[];
}

/** Puts one language's strings (in the order of catalogueTexts) into the catalogue's texts. */
export function fillText(tools: readonly Tool[], lang: UiLanguage, strings: readonly string[]): void {
  const texts = catalogueTexts(tools);
  if (texts.length !== strings.length)
    throw new Error(`catalogue text (${lang}): ${strings.length} strings for ${texts.length} texts`);
  texts.forEach((text, i) => (text[lang] = strings[i]!));
}

/**
 * A loader of the catalogue's languages: `catalogue` gives the shared catalogue, `text` a
 * language's text module. `load` puts each language in once: later calls get the same promise
 * (after a failure, e.g. a lost connection, the next call tries again). `byName` gives a loaded
 * language's order by name.
 */
export function catalogueLanguageLoader(
  catalogue: () => Promise<readonly Tool[]>,
  text: (lang: UiLanguage) => Promise<CatalogueLanguageText>,
): {
  load: (lang: UiLanguage) => Promise<void>;
  byName: (lang: UiLanguage) => readonly string[] | undefined;
} {
  const loading = new Map<UiLanguage, Promise<void>>();
  const orders = new Map<UiLanguage, readonly string[]>();
  const load = (lang: UiLanguage) => {
    let loaded = loading.get(lang);
    if (!loaded) {
      loaded = Promise.all([catalogue(), text(lang)]).then(([tools, { strings, byName }]) => {
        fillText(tools, lang, strings);
        orders.set(lang, byName);
      });
      loading.set(lang, loaded);
      loaded.catch(() => loading.delete(lang));
    }
    return loaded;
  };
  return { load, byName: (lang) => orders.get(lang) };
}

const textModule = (module: {
  default: readonly string[];
  byName: readonly string[];
}): CatalogueLanguageText => ({
  strings: module.default,
  byName: module.byName,
});

/**
 * `loadCatalogueLanguage` loads the catalogue (the shared module every view imports) and puts
 * one language's text into it, once per language; `loadedOrderByName` gives the order by name
 * that came with a loaded language.
 */
export const { load: loadCatalogueLanguage, byName: loadedOrderByName } = catalogueLanguageLoader(
  () => import('./catalogue-data.ts').then((m) => m.catalogue),
  (lang) => {
    switch (lang) {
      case 'fi':
        return import('./bundled/catalogue-text-fi.ts').then(textModule);
      case 'sv':
        return import('./bundled/catalogue-text-sv.ts').then(textModule);
      case 'en':
        return import('./bundled/catalogue-text-en.ts').then(textModule);
    }
  },
);
