import bundledRules from './bundled/ethics-rules.ts';
import type { EthicsRule } from './ethics.ts';

/** The bundled rules. */
export const ethicsRules: readonly EthicsRule[] = bundledRules;

/** The bundled rules by id, built once. */
export const rulesById: ReadonlyMap<string, EthicsRule> = new Map(ethicsRules.map((rule) => [rule.id, rule]));
