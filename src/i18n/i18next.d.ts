import 'i18next';
// The default locale's strings (src/lib/locales.ts) are the source: their keys are the key set every strings file has.
import type en from './en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    keySeparator: false;
    nsSeparator: false;
    resources: { translation: typeof en };
  }
}
