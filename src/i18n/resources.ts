import fiCommon from '../../locales/fi/common.json';
import fiWizard from '../../locales/fi/wizard.json';
import fiResults from '../../locales/fi/results.json';
import fiPlan from '../../locales/fi/plan.json';
import fiEthics from '../../locales/fi/ethics.json';
import fiPractice from '../../locales/fi/practice.json';
import svCommon from '../../locales/sv/common.json';
import svWizard from '../../locales/sv/wizard.json';
import svResults from '../../locales/sv/results.json';
import svPlan from '../../locales/sv/plan.json';
import svEthics from '../../locales/sv/ethics.json';
import svPractice from '../../locales/sv/practice.json';
import enCommon from '../../locales/en/common.json';
import enWizard from '../../locales/en/wizard.json';
import enResults from '../../locales/en/results.json';
import enPlan from '../../locales/en/plan.json';
import enEthics from '../../locales/en/ethics.json';
import enPractice from '../../locales/en/practice.json';

/** Finnish is the reference language: its files define the key set the others must match. */
export const fi = {
  common: fiCommon,
  wizard: fiWizard,
  results: fiResults,
  plan: fiPlan,
  ethics: fiEthics,
  practice: fiPractice,
};

export type Namespace = keyof typeof fi;
export const NAMESPACES = Object.keys(fi) as Namespace[];

export const resources = {
  fi,
  sv: {
    common: svCommon,
    wizard: svWizard,
    results: svResults,
    plan: svPlan,
    ethics: svEthics,
    practice: svPractice,
  },
  en: {
    common: enCommon,
    wizard: enWizard,
    results: enResults,
    plan: enPlan,
    ethics: enEthics,
    practice: enPractice,
  },
} satisfies Record<'fi' | 'sv' | 'en', Record<Namespace, unknown>>;
