import bundledScenarios from './bundled/scenarios.ts';
import type { Scenario } from './scenario.ts';

/** The bundled scenarios (references checked at build time and by the data tests). */
export const scenarios: readonly Scenario[] = bundledScenarios;

/** The scenario with `id`, or undefined. */
export const findScenario = (id: string): Scenario | undefined => scenarios.find((s) => s.id === id);

/** Scenario ids in file order: the order of the list and of "next scenario". */
export const scenarioIds: readonly string[] = scenarios.map((s) => s.id);
