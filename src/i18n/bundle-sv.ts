import common from '../../locales/sv/common.json';
import wizard from '../../locales/sv/wizard.json';

/** The strings of the first screens (shell and questions), one chunk per UI language. */
export const bundle = { common, wizard };
