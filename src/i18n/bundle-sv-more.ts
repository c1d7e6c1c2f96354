import results from '../../locales/sv/results.json';
import plan from '../../locales/sv/plan.json';
import ethics from '../../locales/sv/ethics.json';
import practice from '../../locales/sv/practice.json';

/** The strings of results, plan, ethics and practice: loaded with those views. */
export const bundle = { results, plan, ethics, practice };
