import results from '../../locales/en/results.json';
import plan from '../../locales/en/plan.json';
import ethics from '../../locales/en/ethics.json';
import practice from '../../locales/en/practice.json';
import teaching from '../../locales/en/teaching.json';

/** The strings of results, plan, ethics, practice and teaching (case files, attempts): loaded with those views. */
export const bundle = { results, plan, ethics, practice, teaching };
