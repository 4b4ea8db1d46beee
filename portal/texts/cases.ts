/** Texts of Meine Vorgänge and the case page (namespace `cases`). */
export const casesTexts = {
  de: {},
  en: {},
};
