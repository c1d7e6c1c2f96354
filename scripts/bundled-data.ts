// The bundled data files, parsed and checked at build time with the app's own parsers: the
// production build puts these values into src/domain/bundled/*.ts (plugin `prevalidatedData`
// in build-plugins.ts), so a phone does not parse and check 200 KB of JSON on every visit,
// and a bad data file stops the build with the same messages `npm run validate-data` prints.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeCatalogue, TOOLS_FILE, type RawFile } from '../src/domain/catalogue-loader.ts';
import { catalogueStrings, idsByName, withoutText } from '../src/domain/catalogue-text.ts';
import { parseEthicsRules } from '../src/domain/ethics.ts';
import { parseScenarios } from '../src/domain/scenario.ts';
import { otherLanguagesByName, parseTaxonomies, TAXONOMIES_FILE } from '../src/domain/taxonomies.ts';

/** One generated module: its default export and any named exports, all plain JSON. */
export interface BundledModule {
  default: unknown;
  named?: Record<string, unknown>;
}

/** The modules of src/domain/bundled/ by file name (without .ts). */
export type BundledData = Record<
  | 'taxonomies'
  | 'catalogue'
  | 'catalogue-text-fi'
  | 'catalogue-text-sv'
  | 'catalogue-text-en'
  | 'ethics-rules'
  | 'scenarios',
  BundledModule
>;

const readJson = (root: string, file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));

/** A deployment's overlays, data/local/*.json, in file-name order (as the app bundles them). */
export function readOverlays(root: string): RawFile[] {
  let names: string[] = [];
  try {
    names = readdirSync(join(root, 'data/local')).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((n) => ({ file: `data/local/${n}`, raw: readJson(root, `data/local/${n}`) }));
}

/**
 * Parses every bundled data file under `root` and checks the scenarios' references against
 * the catalogue and the rules. Throws DataFileError (with every problem) on a bad file.
 * The catalogue comes without its text, and each language's text as a module of its own
 * (src/domain/catalogue-text.ts): a page loads the languages it shows.
 */
export function parseBundledData(root: string): BundledData {
  const taxonomies = parseTaxonomies(readJson(root, TAXONOMIES_FILE));
  const localOverlays = readOverlays(root);
  const catalogue = mergeCatalogue({ file: TOOLS_FILE, raw: readJson(root, TOOLS_FILE) }, localOverlays);
  const rules = parseEthicsRules(readJson(root, 'data/ethics-rules.json'));
  const scenarios = parseScenarios(readJson(root, 'data/scenarios.json'), {
    toolIds: new Set(catalogue.map((t) => t.id)),
    ethicsRuleIds: new Set(rules.map((r) => r.id)),
  });
  return {
    taxonomies: { default: taxonomies, named: { otherLanguagesInOrder: otherLanguagesByName(taxonomies) } },
    catalogue: { default: withoutText(catalogue), named: { localOverlays } },
    'catalogue-text-fi': {
      default: catalogueStrings(catalogue, 'fi'),
      named: { byName: idsByName(catalogue, 'fi') },
    },
    'catalogue-text-sv': {
      default: catalogueStrings(catalogue, 'sv'),
      named: { byName: idsByName(catalogue, 'sv') },
    },
    'catalogue-text-en': {
      default: catalogueStrings(catalogue, 'en'),
      named: { byName: idsByName(catalogue, 'en') },
    },
    'ethics-rules': { default: rules },
    scenarios: { default: scenarios },
  };
}

/** The source of one generated module: JSON.parse of a string literal, the fastest to load. */
export function bundledModuleSource(module: BundledModule): string {
  const literal = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return [
    `export default ${literal(module.default)};`,
    ...Object.entries(module.named ?? {}).map(([name, value]) => `export const ${name} = ${literal(value)};`),
    '',
  ].join('\n');
}
