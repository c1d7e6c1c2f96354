import results from '../../locales/fi/results.json';
import plan from '../../locales/fi/plan.json';
import ethics from '../../locales/fi/ethics.json';
import practice from '../../locales/fi/practice.json';
import teaching from '../../locales/fi/teaching.json';

/** The strings of results, plan, ethics, practice and teaching (case files, attempts): loaded with those views. */
export const bundle = { results, plan, ethics, practice, teaching };
