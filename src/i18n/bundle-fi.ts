import common from '../../locales/fi/common.json';
import wizard from '../../locales/fi/wizard.json';

/** The strings of the first screens (shell and questions), one chunk per UI language. */
export const bundle = { common, wizard };
