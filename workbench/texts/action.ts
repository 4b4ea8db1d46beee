/** Texts of an action's preview before it is fired, and of a case no longer open to the clerk (namespace `action`). */
export const actionTexts = {
  de: {
    preview: {
      show: 'Vorschau anzeigen',
      loading: 'Die Vorschau wird erstellt …',
      title: 'Vorschau vor dem Auslösen',
      lead: 'So wird das Dokument gesiegelt und bekanntgegeben, wenn Sie den Schritt auslösen. Die Vorschau ist ein Entwurf: Sie wird nicht gesiegelt, nicht abgelegt und nicht versandt.',
      document: 'Entwurf: {{title}}',
      edit: 'Angaben ändern',
      fire: '{{title}} – jetzt auslösen',
      failed: 'Die Vorschau ist nicht möglich: {{message}}',
    },
    gone: {
      title: 'Vorgang für Sie nicht mehr zugänglich',
      text: 'Ihre Behörde hat ihren Beitrag zu diesem Vorgang abgegeben, zum Beispiel ihre Stellungnahme. Sie ist nicht mehr beteiligt: Der Vorgang steht nicht mehr in Ihren Vorgängen und lässt sich nicht mehr öffnen.',
    },
  },
  en: {
    preview: {
      show: 'Show preview',
      loading: 'Creating the preview …',
      title: 'Preview before triggering',
      lead: 'This is how the document will be sealed and issued when you trigger the step. The preview is a draft: it is not sealed, not filed and not sent.',
      document: 'Draft: {{title}}',
      edit: 'Change details',
      fire: '{{title}} – trigger now',
      failed: 'No preview possible: {{message}}',
    },
    gone: {
      title: 'Case no longer accessible to you',
      text: 'Your authority has given its part in this case, for example its statement. It is no longer involved: the case is no longer among your cases and cannot be opened any more.',
    },
  },
};
