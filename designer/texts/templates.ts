/** Texts of the templates panel: document and notification templates (namespace `templates`). */
export const templatesTexts = {
  de: {
    templates: {
      title: 'Dokumente und Benachrichtigungen',
      lead: 'Vorlagen in Mustache: {{answer}} setzt eine Angabe ein, {{reference}} das Aktenzeichen, {{authority}} die Behörde. Jeder Text auf Deutsch und Englisch.',
      documents: 'Dokumente (Bescheide, Bescheinigungen, Schreiben)', documentsEmpty: 'Es gibt noch keine Dokumentvorlage.',
      notifications: 'Benachrichtigungen (E-Mail und Postfach)', notificationsEmpty: 'Es gibt noch keine Benachrichtigung.',
      documentLegend: 'Dokument {{name}}', notificationLegend: 'Benachrichtigung {{name}}', kind: 'Art des Dokuments',
      kinds: { bescheid: 'Bescheid', ablehnung: 'Ablehnungsbescheid', fiktionsbescheinigung: 'Fiktionsbescheinigung', auskunft: 'Auskunft', nachforderung: 'Nachforderung', bescheinigung: 'Bescheinigung', mitteilung: 'Mitteilung' },
      parts: { title: 'Titel', addressee: 'Anschrift', tenor: 'Tenor (Entscheidung)', reasons: 'Begründung', notes: 'Hinweise', remedy: 'Rechtsbehelfsbelehrung', subject: 'Betreff', body: 'Text' },
      inGerman: '{{part}} (Deutsch)', inEnglish: '{{part}} (Englisch)',
      remedyNeeded: 'Ein Bescheid und ein Ablehnungsbescheid brauchen eine Rechtsbehelfsbelehrung (§ 37 Abs. 6 VwVfG).',
      deleteDocument: 'Dokument löschen', deleteNotification: 'Benachrichtigung löschen',
      addDocument: 'Dokumentvorlage hinzufügen', addNotification: 'Benachrichtigung hinzufügen', name: 'Name',
      nameHint: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. „bescheid“ oder „antrag-eingegangen“',
      nameInvalid: 'Der Name muss mit einem Kleinbuchstaben beginnen und darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.',
      nameTaken: '„{{name}}“ gibt es schon.', documentTitle: 'Titel (Deutsch)', notificationSubject: 'Betreff (Deutsch)',
    },
  },
  en: {
    templates: {
      title: 'Documents and notifications',
      lead: 'Mustache templates: {{answer}} inserts an answer, {{reference}} the reference, {{authority}} the authority. Every text in German and English.',
      documents: 'Documents (decisions, certificates, letters)', documentsEmpty: 'There is no document template yet.',
      notifications: 'Notifications (e-mail and inbox)', notificationsEmpty: 'There is no notification yet.',
      documentLegend: 'Document {{name}}', notificationLegend: 'Notification {{name}}', kind: 'Kind of document',
      kinds: { bescheid: 'Decision', ablehnung: 'Rejection', fiktionsbescheinigung: 'Certificate of deemed approval', auskunft: 'Information', nachforderung: 'Request for documents', bescheinigung: 'Certificate', mitteilung: 'Letter' },
      parts: { title: 'Title', addressee: 'Address', tenor: 'Operative part (decision)', reasons: 'Reasons', notes: 'Notes', remedy: 'Information on legal remedies', subject: 'Subject', body: 'Text' },
      inGerman: '{{part}} (German)', inEnglish: '{{part}} (English)',
      remedyNeeded: 'A decision and a rejection need information on legal remedies (§ 37(6) VwVfG).',
      deleteDocument: 'Delete document', deleteNotification: 'Delete notification',
      addDocument: 'Add document template', addNotification: 'Add notification', name: 'Name',
      nameHint: 'Lower-case letters, digits and hyphens, e.g. "decision" or "application-received"',
      nameInvalid: 'The name must start with a lower-case letter and contain only lower-case letters, digits and hyphens.',
      nameTaken: '"{{name}}" already exists.', documentTitle: 'Title (German)', notificationSubject: 'Subject (German)',
    },
  },
};
