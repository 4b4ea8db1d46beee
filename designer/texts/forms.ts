/** Texts of the form builder: forms, fields, palette, examples, preview (namespace `forms`). */
export const formsTexts = {
  de: {
    title: 'Formulare',
    lead: 'Formulare sind die Eingaben, die ein Ereignis mitbringt (welches Formular ein Ereignis trägt, legen Sie beim Ereignis fest). Die Vorschau zeigt ein Formular so, wie Bürgerinnen und Bürger es im Portal sehen.',
    empty: 'Es gibt noch kein Formular.',
    fieldCount_one: '{{count}} Feld', fieldCount_other: '{{count}} Felder',
    choose: 'Bearbeiten', chosen: '(wird bearbeitet)',
    add: { title: 'Formular hinzufügen', name: 'Name', nameHint: 'Beginnt mit einem Kleinbuchstaben, dann Buchstaben und Ziffern, z. B. „antrag“', titleDe: 'Titel (Deutsch)', submit: 'Formular hinzufügen' },
    nameInvalid: 'Der Name muss mit einem Kleinbuchstaben beginnen und darf nur Buchstaben und Ziffern enthalten.',
    nameTaken: 'Den Namen „{{name}}“ gibt es hier schon.',
    form: {
      heading: 'Formular „{{name}}“', name: 'Name', nameHint: 'Ereignisse, die das Formular tragen, werden mit umbenannt.', titleDe: 'Titel (Deutsch)', titleEn: 'Titel (Englisch)',
      delete: 'Formular löschen', usedBy: 'Getragen von: {{events}}', unused: 'Noch kein Ereignis trägt dieses Formular.',
    },
    fields: { title: 'Felder', empty: 'Das Formular hat noch keine Felder. Fügen Sie unten eines hinzu.' },
    field: {
      legend: 'Feld {{key}} ({{kind}})', key: 'Schlüssel', keyHint: 'Name der Eingabe in den Daten, z. B. „familienname“', titleDe: 'Beschriftung (Deutsch)', titleEn: 'Beschriftung (Englisch)',
      descDe: 'Hinweis (Deutsch)', descEn: 'Hinweis (Englisch)', required: 'Pflichtfeld', category: 'Datenkategorie', categoryNone: '(keine eigene: Verfahrensdaten)',
      consent: 'nur mit Einwilligung', unknownCategory: '{{name}} (nicht festgelegt)', minLength: 'Mindestlänge (Zeichen)', maxLength: 'Höchstlänge (Zeichen)',
      minimum: 'Kleinster Wert', maximum: 'Größter Wert', pattern: 'Muster (regulärer Ausdruck)', maxBytes: 'Größte Datei (Bytes)',
      values: 'Werte (einer je Zeile)', labelsDe: 'Bezeichnungen Deutsch (eine je Zeile)', labelsEn: 'Bezeichnungen Englisch (eine je Zeile)',
      choicesInvalid: 'Jeder Wert darf nur einmal vorkommen, und es braucht mindestens einen.',
      groupNote: 'Die Felder dieser Gruppe: {{fields}}.', up: 'Nach oben', down: 'Nach unten', delete: 'Feld löschen',
    },
    kinds: {
      text: 'Text', longText: 'Langer Text', number: 'Zahl', integer: 'Ganze Zahl', date: 'Datum', yesNo: 'Ja/Nein', choice: 'Auswahl aus einer Liste',
      email: 'E-Mail-Adresse', file: 'Dateianhang', address: 'Anschrift (Gruppe)', other: 'Sonstiges',
    },
    palette: {
      title: 'Feld hinzufügen', label: 'Beschriftung des neuen Feldes (Deutsch)', labelHint: 'Daraus wird der Schlüssel gebildet. Dann wählen Sie die Art des Feldes.',
      kinds: 'Art des Feldes', add: '{{kind}} hinzufügen', added: 'Feld „{{title}}“ hinzugefügt.',
    },
    examples: {
      title: 'Beispieleingaben', lead: 'Simulation und Pfadprüfung senden das Formular mit diesen Eingaben. Ohne gültiges Beispiel meldet die Prüfung „form-no-sample“.',
      none: 'Das Formular hat noch kein Beispiel.', count_one: '{{count}} Beispiel, gültig.', count_other: '{{count}} Beispiele, alle gültig.',
      invalid: 'Beispiel {{index}} erfüllt das Formular nicht: {{message}}', generate: 'Beispiel erzeugen', fromPreview: 'Eingaben der Vorschau als Beispiel übernehmen',
      json: 'Beispiele als JSON (eine Liste von Eingaben)', jsonInvalid: 'Das ist keine gültige JSON-Liste. Die Beispiele sind nicht übernommen.', removeAll: 'Alle Beispiele entfernen',
    },
    preview: {
      title: 'Vorschau', lead: 'So sieht das Formular im Portal aus. „Eingaben prüfen“ prüft nur hier; nichts wird gesendet.', check: 'Eingaben prüfen',
      valid: 'Die Eingaben erfüllen das Formular.', broken: 'Die Vorschau kann dieses Formular nicht zeigen ({{message}}). Die Probleme oben nennen die Stelle.',
    },
  },
  en: {
    title: 'Forms',
    lead: 'Forms are the input an event brings (which form an event carries is set at the event). The preview shows a form as citizens see it in the portal.',
    empty: 'There is no form yet.',
    fieldCount_one: '{{count}} field', fieldCount_other: '{{count}} fields',
    choose: 'Edit', chosen: '(being edited)',
    add: { title: 'Add a form', name: 'Name', nameHint: 'Starts with a lower-case letter, then letters and digits, e.g. "application"', titleDe: 'Title (German)', submit: 'Add form' },
    nameInvalid: 'The name must start with a lower-case letter and contain only letters and digits.',
    nameTaken: 'The name "{{name}}" exists here already.',
    form: {
      heading: 'Form "{{name}}"', name: 'Name', nameHint: 'Events carrying the form are renamed with it.', titleDe: 'Title (German)', titleEn: 'Title (English)',
      delete: 'Delete form', usedBy: 'Carried by: {{events}}', unused: 'No event carries this form yet.',
    },
    fields: { title: 'Fields', empty: 'The form has no fields yet. Add one below.' },
    field: {
      legend: 'Field {{key}} ({{kind}})', key: 'Key', keyHint: 'Name of the input in the data, e.g. "surname"', titleDe: 'Label (German)', titleEn: 'Label (English)',
      descDe: 'Hint (German)', descEn: 'Hint (English)', required: 'Required', category: 'Data category', categoryNone: '(none of its own: case data)',
      consent: 'only with consent', unknownCategory: '{{name}} (not declared)', minLength: 'Minimum length (characters)', maxLength: 'Maximum length (characters)',
      minimum: 'Smallest value', maximum: 'Largest value', pattern: 'Pattern (regular expression)', maxBytes: 'Largest file (bytes)',
      values: 'Values (one per line)', labelsDe: 'German labels (one per line)', labelsEn: 'English labels (one per line)',
      choicesInvalid: 'Each value may appear only once, and at least one is needed.',
      groupNote: 'The fields of this group: {{fields}}.', up: 'Move up', down: 'Move down', delete: 'Delete field',
    },
    kinds: {
      text: 'Text', longText: 'Long text', number: 'Number', integer: 'Whole number', date: 'Date', yesNo: 'Yes/no', choice: 'Choice from a list',
      email: 'E-mail address', file: 'File attachment', address: 'Address (group)', other: 'Other',
    },
    palette: {
      title: 'Add a field', label: 'Label of the new field (German)', labelHint: 'The key is made from it. Then choose the kind of field.',
      kinds: 'Kind of field', add: 'Add {{kind}}', added: 'Field "{{title}}" added.',
    },
    examples: {
      title: 'Sample inputs', lead: 'Simulation and the path check send the form with these inputs. Without a valid sample the check reports "form-no-sample".',
      none: 'The form has no sample yet.', count_one: '{{count}} sample, valid.', count_other: '{{count}} samples, all valid.',
      invalid: 'Sample {{index}} does not pass the form: {{message}}', generate: 'Generate a sample', fromPreview: 'Use the preview\'s input as a sample',
      json: 'Samples as JSON (a list of inputs)', jsonInvalid: 'This is not a valid JSON list. The samples are not applied.', removeAll: 'Remove all samples',
    },
    preview: {
      title: 'Preview', lead: 'This is how the form looks in the portal. "Check input" checks here only; nothing is sent.', check: 'Check input',
      valid: 'The input passes the form.', broken: 'The preview cannot show this form ({{message}}). The problems above name the place.',
    },
  },
};
