/** Texts of the portal's frame (namespace `app`); procedure texts come from their definitions. */
export const appTexts = {
  de: {
    appName: 'Bürgerportal',
    nav: { procedures: 'Leistungen', myCases: 'Meine Vorgänge', cockpit: 'Datencockpit', api: 'Programmierschnittstelle (API)' },
  },
  en: {
    appName: 'Citizen portal',
    nav: { procedures: 'Services', myCases: 'My cases', cockpit: 'Data cockpit', api: 'Programming interface (API)' },
  },
};
