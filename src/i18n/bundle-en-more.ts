import results from '../../locales/en/results.json';
import plan from '../../locales/en/plan.json';
import ethics from '../../locales/en/ethics.json';
import practice from '../../locales/en/practice.json';

/** The strings of results, plan, ethics and practice: loaded with those views. */
export const bundle = { results, plan, ethics, practice };
