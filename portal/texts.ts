/** The portal's own texts (namespace `app`); procedure texts come from their definitions. */
export const portalTexts = {
  de: {
    app: {
      appName: 'Bürgerportal',
      startTitle: 'Verwaltungsleistungen online',
    },
  },
  en: {
    app: {
      appName: 'Citizen portal',
      startTitle: 'Public services online',
    },
  },
};
