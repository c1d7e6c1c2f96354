import 'i18next';
import type { fi } from './resources.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof fi;
    strictKeyChecks: true;
  }
}
