/** Texts of catalogue, procedure page, Leichte Sprache, Gebärdensprache, accessibility statement (namespace `catalogue`). */
export const catalogueTexts = {
  de: {},
  en: {},
};
