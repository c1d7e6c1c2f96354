import results from '../../locales/sv/results.json';
import plan from '../../locales/sv/plan.json';
import ethics from '../../locales/sv/ethics.json';
import practice from '../../locales/sv/practice.json';
import teaching from '../../locales/sv/teaching.json';

/** The strings of results, plan, ethics, practice and teaching (case files, attempts): loaded with those views. */
export const bundle = { results, plan, ethics, practice, teaching };
