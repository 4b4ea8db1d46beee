import i18next from 'i18next';
import type { Resource, i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { shellTexts } from './shellTexts.js';
import { formTexts } from '../form/texts.js';

/** The languages of every UI; German first (the language of the authorities), English second. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'amtsweg.language';

/** The language chosen before (this browser), else German. */
function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'de';
}

/**
 * An i18next instance with the shell's texts and an app's own namespaces. Keeps `<html lang>` in
 * step with the language (screen readers pick their voice from it) and remembers the choice.
 */
export function createI18n(resources: Record<Language, Resource[string]>): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: initialLanguage(),
    fallbackLng: 'de',
    supportedLngs: [...LANGUAGES],
    defaultNS: 'app',
    ns: ['shell', 'form', ...Object.keys(resources.de)],
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { shell: shellTexts[l], form: formTexts[l], ...resources[l] }])),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const apply = (lng: string) => {
    document.documentElement.lang = lng;
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
  return instance;
}

/** A text in the procedure's languages (`{ de, en }`), in `language`, German when missing. */
export function localized(text: { de?: string; en?: string } | string | undefined, language: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (language === 'en' ? text.en : text.de) ?? text.de ?? text.en ?? '';
}
