import ethicsRulesJson from '../../data/ethics-rules.json';
import { parseEthicsRules, type EthicsRule } from './ethics.ts';

/** The bundled rules, parsed once when the module loads. */
export const ethicsRules: readonly EthicsRule[] = parseEthicsRules(ethicsRulesJson);

/** The bundled rules by id, built once. */
export const rulesById: ReadonlyMap<string, EthicsRule> = new Map(ethicsRules.map((rule) => [rule.id, rule]));
