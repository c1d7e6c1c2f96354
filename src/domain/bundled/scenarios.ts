import scenariosJson from '../../../data/scenarios.json';
import { parseScenarios } from '../scenario.ts';

// data/scenarios.json, parsed when this module loads. References to the catalogue and the
// rules are checked by the data tests, `npm run validate-data` and the production build, so
// that practice mode does not also have to load those files. The production build puts the
// value parsed at build time here instead (see README.md in this folder).
export default parseScenarios(scenariosJson);
