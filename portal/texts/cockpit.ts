/** Texts of the Datencockpit (inbox, access log, consents, my data, settings) and messages (namespace `cockpit`). */
export const cockpitTexts = {
  de: {},
  en: {},
};
