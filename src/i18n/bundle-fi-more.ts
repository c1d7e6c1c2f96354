import results from '../../locales/fi/results.json';
import plan from '../../locales/fi/plan.json';
import ethics from '../../locales/fi/ethics.json';
import practice from '../../locales/fi/practice.json';

/** The strings of results, plan, ethics and practice: loaded with those views. */
export const bundle = { results, plan, ethics, practice };
