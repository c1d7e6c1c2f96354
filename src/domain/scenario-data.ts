import scenariosJson from '../../data/scenarios.json';
import { parseScenarios, type Scenario } from './scenario.ts';

/**
 * The bundled scenarios, parsed once when the module loads. References to the catalogue
 * and the ethics rules are checked by the data tests and `npm run validate-data`, so that
 * loading practice mode does not also have to load and check those files.
 */
export const scenarios: readonly Scenario[] = parseScenarios(scenariosJson);

/** The scenario with `id`, or undefined. */
export const findScenario = (id: string): Scenario | undefined => scenarios.find((s) => s.id === id);

/** Scenario ids in file order: the order of the list and of "next scenario". */
export const scenarioIds: readonly string[] = scenarios.map((s) => s.id);
