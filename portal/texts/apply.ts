/** Texts of starting, filling and submitting an application; confirmation; form preview (namespace `apply`). */
export const applyTexts = {
  de: {},
  en: {},
};
