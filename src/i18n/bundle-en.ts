import common from '../../locales/en/common.json';
import wizard from '../../locales/en/wizard.json';

/** The strings of the first screens (shell and questions), one chunk per UI language. */
export const bundle = { common, wizard };
