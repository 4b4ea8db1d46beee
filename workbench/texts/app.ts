/** Texts of the workbench's frame and login (namespace `app`). */
export const appTexts = {
  de: {
    appName: 'Arbeitsplatz',
    nav: { queue: 'Vorgänge', api: 'Programmierschnittstelle (API)', portal: 'Bürgerportal' },
    account: { loggedInAs: 'Angemeldet als {{name}}', logout: 'Abmelden' },
    login: {
      title: 'Anmeldung für die Sachbearbeitung',
      text: 'Der Arbeitsplatz ist für Beschäftigte der Behörden. Melden Sie sich mit Ihrer dienstlichen Kennung an.',
      button: 'Anmelden',
    },
    notStaff: {
      title: 'Kein Zugang zum Arbeitsplatz',
      text: 'Sie sind als {{name}} angemeldet. Der Arbeitsplatz ist nur für Beschäftigte einer Behörde. Ihre eigenen Anträge finden Sie im Bürgerportal.',
      portal: 'Zum Bürgerportal',
    },
    notFound: { title: 'Seite nicht gefunden', text: 'Diese Seite gibt es im Arbeitsplatz nicht.', back: 'Zu den Vorgängen' },
    loadError: 'Die Daten konnten nicht geladen werden: {{message}}',
  },
  en: {
    appName: 'Workbench',
    nav: { queue: 'Cases', api: 'Programming interface (API)', portal: 'Citizen portal' },
    account: { loggedInAs: 'Logged in as {{name}}', logout: 'Log out' },
    login: {
      title: 'Login for clerks',
      text: 'The workbench is for staff of the authorities. Log in with your official account.',
      button: 'Log in',
    },
    notStaff: {
      title: 'No access to the workbench',
      text: 'You are logged in as {{name}}. The workbench is only for staff of an authority. Your own applications are in the citizen portal.',
      portal: 'To the citizen portal',
    },
    notFound: { title: 'Page not found', text: 'The workbench has no such page.', back: 'To the cases' },
    loadError: 'The data could not be loaded: {{message}}',
  },
};
