import ethicsRulesJson from '../../../data/ethics-rules.json';
import { parseEthicsRules } from '../ethics.ts';

// data/ethics-rules.json, parsed when this module loads. The production build puts the value
// parsed at build time here instead (see README.md in this folder).
export default parseEthicsRules(ethicsRulesJson);
