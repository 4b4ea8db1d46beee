/** Texts of the panels for external recipients and consent purposes, and of the life situations in the settings (namespace `parties`). */
export const partiesTexts = {
  de: {
    recipients: {
      title: 'Externe Empfänger',
      lead: 'Stellen außerhalb des Vorgangs, etwa das Finanzamt: Sie erhalten Benachrichtigungen (Wirkung „Benachrichtigen“, Empfänger: ihr Name), sind aber keine Beteiligten des Vorgangs und sehen ihn nicht.',
      empty: 'Es gibt noch keinen externen Empfänger.', legend: 'Empfänger {{name}}', titleDe: 'Bezeichnung (Deutsch)', titleEn: 'Bezeichnung (Englisch)',
      legalBasis: 'Rechtsgrundlage der Übermittlung (optional)', legalBasisHint: 'z. B. „§ 138 AO“', delete: 'Empfänger löschen',
    },
    addRecipient: {
      title: 'Externen Empfänger hinzufügen', name: 'Name', nameHint: 'Beginnt mit einem Kleinbuchstaben, dann Buchstaben und Ziffern, z. B. „finanzamt“',
      nameInvalid: 'Der Name muss mit einem Kleinbuchstaben beginnen und darf nur Buchstaben und Ziffern enthalten.', nameTaken: 'Den Empfänger „{{name}}“ gibt es schon.',
      roleTaken: '„{{name}}“ ist schon eine Rolle: Eine Benachrichtigung an „{{name}}“ ginge an die Rolle.', submit: 'Empfänger hinzufügen',
    },
    consentPurposes: {
      title: 'Einwilligungszwecke',
      lead: 'Zwecke, für die Beschäftigte die Bürgerin oder den Bürger um Einwilligung bitten dürfen. Die Bezeichnung sieht die Bürgerin oder der Bürger so, wie sie hier steht.',
      empty: 'Es gibt noch keinen Einwilligungszweck.', legend: 'Zweck {{name}}', titleDe: 'Bezeichnung (Deutsch)', titleEn: 'Bezeichnung (Englisch)', delete: 'Zweck löschen',
    },
    addConsentPurpose: {
      title: 'Einwilligungszweck hinzufügen', name: 'Kennung', nameHint: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. „abruf-finanzamt“',
      nameInvalid: 'Die Kennung muss mit einem Kleinbuchstaben beginnen und darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.',
      nameTaken: 'Den Zweck „{{name}}“ gibt es schon.', submit: 'Zweck hinzufügen',
    },
    lifeSituations: {
      legend: 'Lebenslagen', hint: 'Der Katalog des Portals gruppiert die Verfahren nach Lebenslagen, z. B. „Umzug“; höchstens {{max}}, in dieser Reihenfolge.',
      empty: 'Noch keine Lebenslage.', entry: 'Lebenslage {{n}}', de: 'Lebenslage {{n}} (Deutsch)', en: 'Lebenslage {{n}} (Englisch)',
      up: 'Nach oben', down: 'Nach unten', remove: 'Entfernen', add: 'Lebenslage hinzufügen',
      full: 'Es gibt schon {{max}} Lebenslagen; mehr sind nicht möglich.', clash: 'Lebenslage {{n}} hat denselben Text.',
      clashEmpty: 'Lebenslage {{n}} ist noch leer: Füllen Sie sie zuerst aus.',
      added: 'Lebenslage {{n}} ist hinzugefügt.', moved: '{{about}} ist jetzt Lebenslage {{n}}.', removed: '{{about}} ist entfernt.',
    },
  },
  en: {
    recipients: {
      title: 'External recipients',
      lead: 'Bodies outside the case, such as the tax office: they receive notifications (effect "Notify", recipient: their name) but are not parties of the case and do not see it.',
      empty: 'There is no external recipient yet.', legend: 'Recipient {{name}}', titleDe: 'Name (German)', titleEn: 'Name (English)',
      legalBasis: 'Legal basis of the transfer (optional)', legalBasisHint: 'e.g. "§ 138 AO"', delete: 'Delete recipient',
    },
    addRecipient: {
      title: 'Add an external recipient', name: 'Name', nameHint: 'Starts with a lower-case letter, then letters and digits, e.g. "taxOffice"',
      nameInvalid: 'The name must start with a lower-case letter and contain only letters and digits.', nameTaken: 'The recipient "{{name}}" already exists.',
      roleTaken: '"{{name}}" is already a role: a notification to "{{name}}" would go to the role.', submit: 'Add recipient',
    },
    consentPurposes: {
      title: 'Consent purposes',
      lead: 'Purposes for which staff may ask the citizen\'s consent. The citizen sees the name exactly as written here.',
      empty: 'There is no consent purpose yet.', legend: 'Purpose {{name}}', titleDe: 'Name (German)', titleEn: 'Name (English)', delete: 'Delete purpose',
    },
    addConsentPurpose: {
      title: 'Add a consent purpose', name: 'Identifier', nameHint: 'Lower-case letters, digits and hyphens, e.g. "tax-office-request"',
      nameInvalid: 'The identifier must start with a lower-case letter and contain only lower-case letters, digits and hyphens.',
      nameTaken: 'The purpose "{{name}}" already exists.', submit: 'Add purpose',
    },
    lifeSituations: {
      legend: 'Life situations', hint: 'The portal\'s catalogue groups procedures by life situation, e.g. "Moving house"; at most {{max}}, in this order.',
      empty: 'No life situation yet.', entry: 'Life situation {{n}}', de: 'Life situation {{n}} (German)', en: 'Life situation {{n}} (English)',
      up: 'Move up', down: 'Move down', remove: 'Remove', add: 'Add life situation',
      full: 'There are already {{max}} life situations; no more are possible.', clash: 'Life situation {{n}} has the same text.',
      clashEmpty: 'Life situation {{n}} is still empty: fill it in first.',
      added: 'Life situation {{n}} has been added.', moved: '{{about}} is now life situation {{n}}.', removed: '{{about}} has been removed.',
    },
  },
};
