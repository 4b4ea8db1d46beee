/** Texts of the panels for roles, effects and consent-gated data categories (namespace `panels`). */
export const panelsTexts = {
  de: {
    roles: {
      title: 'Rollen', lead: 'Wer an einem Vorgang handelt: Bürgerinnen und Bürger (auch Unternehmen) oder Beschäftigte einer Behörde — der zuständigen oder einer beteiligten, etwa der Brandschutzdienststelle.',
      empty: 'Es gibt noch keine Rolle.', legend: 'Rolle {{name}}', kind: 'Wer hat die Rolle?', kinds: { citizen: 'Bürgerin, Bürger oder Unternehmen', staff: 'Beschäftigte einer Behörde' },
      titleDe: 'Bezeichnung (Deutsch)', titleEn: 'Bezeichnung (Englisch)', authority: 'Andere Behörde (Kennung, leer: die zuständige)', authorityInvalid: 'Kennung: Kleinbuchstaben, Ziffern und -, z. B. „brandschutz“.',
      delete: 'Rolle löschen',
    },
    addRole: {
      title: 'Rolle hinzufügen', name: 'Name', nameHint: 'Beginnt mit einem Kleinbuchstaben, dann Buchstaben und Ziffern, z. B. „brandschutz“',
      nameInvalid: 'Der Name muss mit einem Kleinbuchstaben beginnen und darf nur Buchstaben und Ziffern enthalten.', nameTaken: 'Die Rolle „{{name}}“ gibt es schon.',
      submit: 'Rolle hinzufügen',
    },
    events: { titleEn: 'Titel (Englisch)', form: 'Formular, das mit dem Ereignis eingereicht wird', noForm: '(kein Formular)' },
    effects: {
      title: 'Wirkungen', lead: 'Was beim Übergang oder beim Betreten oder Verlassen eines Zustands geschieht (Eingangsbestätigung, E-Akte, Bescheid, Benachrichtigung …), in dieser Reihenfolge.',
      place: 'Wo?', onTransition: 'Übergang {{source}} → {{trigger}}{{target}}', entry: 'Beim Betreten von {{state}}', exit: 'Beim Verlassen von {{state}}',
      listTitle: 'Wirkungen an dieser Stelle', empty: 'Hier gibt es noch keine Wirkung.', noPlaces: 'Legen Sie zuerst Zustände an.',
      item: '{{index}}. {{title}}', noParams: 'Ohne Parameter.', unknownType: 'Unbekannte Art „{{type}}“: die Probleme oben nennen sie.',
      edit: 'Parameter bearbeiten', up: 'Nach oben', down: 'Nach unten', remove: 'Entfernen',
      formTitle: 'Parameter von {{title}}', apply: 'Parameter übernehmen', cancel: 'Abbrechen', applied: 'Die Parameter von {{title}} sind übernommen.',
      addType: 'Art der Wirkung', add: 'Wirkung hinzufügen', added: '{{title}} ist hinzugefügt.', removed: '{{title}} ist entfernt.',
    },
    categories: {
      title: 'Datenkategorien und Einwilligung', lead: 'Daten einer Kategorie mit Einwilligung darf die Behörde erst lesen, wenn die Bürgerin oder der Bürger eingewilligt hat.',
      empty: 'Es gibt noch keine Datenkategorie.', legend: 'Datenkategorie {{name}}', titleDe: 'Bezeichnung (Deutsch)', titleEn: 'Bezeichnung (Englisch)',
      consent: 'Lesen nur mit Einwilligung', delete: 'Datenkategorie löschen',
    },
    addCategory: {
      title: 'Datenkategorie hinzufügen', name: 'Name', nameHint: 'Beginnt mit einem Kleinbuchstaben, dann Buchstaben und Ziffern, z. B. „einkommen“',
      nameInvalid: 'Der Name muss mit einem Kleinbuchstaben beginnen und darf nur Buchstaben und Ziffern enthalten.', nameTaken: 'Die Datenkategorie „{{name}}“ gibt es schon.',
      submit: 'Datenkategorie hinzufügen',
    },
  },
  en: {
    roles: {
      title: 'Roles', lead: 'Who acts on a case: citizens (companies too) or staff of an authority — the responsible one or a participating one, such as the fire protection office.',
      empty: 'There is no role yet.', legend: 'Role {{name}}', kind: 'Who holds the role?', kinds: { citizen: 'Citizen or company', staff: 'Staff of an authority' },
      titleDe: 'Name (German)', titleEn: 'Name (English)', authority: 'Other authority (identifier, empty: the responsible one)', authorityInvalid: 'Identifier: lower-case letters, digits and -, e.g. "brandschutz".',
      delete: 'Delete role',
    },
    addRole: {
      title: 'Add a role', name: 'Name', nameHint: 'Starts with a lower-case letter, then letters and digits, e.g. "fireOffice"',
      nameInvalid: 'The name must start with a lower-case letter and contain only letters and digits.', nameTaken: 'The role "{{name}}" already exists.',
      submit: 'Add role',
    },
    events: { titleEn: 'Title (English)', form: 'Form submitted with the event', noForm: '(no form)' },
    effects: {
      title: 'Effects', lead: 'What happens on a transition or when a state is entered or left (receipt, e-file, decision, notification …), in this order.',
      place: 'Where?', onTransition: 'Transition {{source}} → {{trigger}}{{target}}', entry: 'On entering {{state}}', exit: 'On leaving {{state}}',
      listTitle: 'Effects at this place', empty: 'There is no effect here yet.', noPlaces: 'Add states first.',
      item: '{{index}}. {{title}}', noParams: 'No parameters.', unknownType: 'Unknown kind "{{type}}": the problems above name it.',
      edit: 'Edit parameters', up: 'Move up', down: 'Move down', remove: 'Remove',
      formTitle: 'Parameters of {{title}}', apply: 'Apply parameters', cancel: 'Cancel', applied: 'The parameters of {{title}} are applied.',
      addType: 'Kind of effect', add: 'Add effect', added: '{{title}} has been added.', removed: '{{title}} has been removed.',
    },
    categories: {
      title: 'Data categories and consent', lead: 'The authority may read data of a category that needs consent only after the citizen has consented.',
      empty: 'There is no data category yet.', legend: 'Data category {{name}}', titleDe: 'Name (German)', titleEn: 'Name (English)',
      consent: 'Read only with consent', delete: 'Delete data category',
    },
    addCategory: {
      title: 'Add a data category', name: 'Name', nameHint: 'Starts with a lower-case letter, then letters and digits, e.g. "income"',
      nameInvalid: 'The name must start with a lower-case letter and contain only letters and digits.', nameTaken: 'The data category "{{name}}" already exists.',
      submit: 'Add data category',
    },
  },
};
