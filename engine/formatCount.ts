/**
 * Cardinal plural rules of the message languages. `Intl.PluralRules` is part of ECMAScript, so
 * this needs no dependency and no Node built-in: it runs the same in the Temporal workflow
 * sandbox, in tests and in the browser. German and English both distinguish only `one` and
 * `other`; 0 and decimals take `other` ("0 Zeichen", "1.5 items").
 */
type Language = 'de' | 'en';
// Made on first use: every workflow run evaluates this module, most never count anything.
let rules: Record<Language, Intl.PluralRules> | undefined;

/** The singular and plural form of a noun phrase that follows a number. */
export interface CountForms {
  one: string;
  other: string;
}

/** `count` and the form of the noun its language's plural rules ask for: "1 Eintrag", "3 Einträge", "1 character". */
export function formatCount(language: Language, count: number, forms: CountForms): string {
  rules ??= { de: new Intl.PluralRules('de'), en: new Intl.PluralRules('en') };
  return `${count} ${rules[language].select(count) === 'one' ? forms.one : forms.other}`;
}
