/** Texts of the editor page: text view, problems, saving, publishing (namespace `editor`). */
export const editorTexts = {
  de: {
    page: {
      title: '{{title}} – Entwurf der Fassung {{version}}', titlePublished: '{{title}}', back: 'Zurück zu den Verfahren', notFound: 'Verfahren nicht gefunden',
      noDraft: 'Fassung {{version}} ist veröffentlicht. Es gibt keinen Entwurf.', nothing: 'Zu diesem Verfahren gibt es weder einen Entwurf noch eine veröffentlichte Fassung.',
      newDraft: 'Neuen Entwurf aus der veröffentlichten Fassung anlegen', draftCreated: 'Der neue Entwurf ist angelegt.',
    },
    save: {
      undo: 'Rückgängig', redo: 'Wiederholen', save: 'Entwurf speichern', saving: 'Wird gespeichert …', saved: 'Gespeichert.', clean: 'Keine ungespeicherten Änderungen.',
      unsaved: 'Ungespeicherte Änderungen.', failed: 'Speichern fehlgeschlagen: {{message}}', refused: 'Die letzte Änderung war nicht möglich (Name vergeben oder ungültig).',
    },
    conflict: {
      title: 'Der Entwurf wurde inzwischen geändert',
      text: '{{author}} hat den Entwurf gespeichert, nachdem Sie ihn geöffnet haben. Ihre Änderungen sind nicht verloren: Sie können Ihre Fassung trotzdem speichern (die andere wird ersetzt) oder die andere Fassung laden (Ihre Änderungen werden verworfen).',
      keepMine: 'Meine Fassung speichern', loadTheirs: 'Andere Fassung laden',
    },
    problems: {
      title: 'Probleme', checking: 'Wird geprüft …', none: 'Keine Probleme gefunden.', error: 'Fehler', warning: 'Warnung', where: '(Stelle: {{path}})',
      count: '{{errors}} Fehler, {{warnings}} Warnungen. Wählen Sie ein Problem, um zur betroffenen Stelle zu springen.',
    },
    diagram: { title: 'Diagramm', lead: 'Alles, was das Diagramm zeigt, bearbeiten Sie auch in der Textansicht unten: Zustände, Ereignisse und Übergänge. Einen Zustand auswählen wählt ihn dort aus.', broken: 'Das Diagramm kann diesen Stand nicht zeichnen ({{message}}). Die Textansicht und die Probleme unten zeigen, was fehlt.', layoutFailed: 'Die Anordnung konnte nicht geladen oder gespeichert werden: {{message}}' },
    settings: { title: 'Angaben zum Verfahren', titleDe: 'Titel (Deutsch)', titleEn: 'Titel (Englisch)', legalBasis: 'Rechtsgrundlage', authority: 'Zuständige Behörde (Kennung)', retention: 'Aufbewahrungsfrist (ISO 8601, z. B. P2Y)' },
    kinds: { atomic: 'Einfach', compound: 'Mit Unterzuständen', parallel: 'Parallel', final: 'Endzustand' },
    states: {
      title: 'Zustände', empty: 'Es gibt noch keinen Zustand.', legend: 'Zustand {{id}}', initialMark: '(Anfangszustand)', name: 'Name', titleDe: 'Titel (Deutsch)', titleEn: 'Titel (Englisch)',
      kind: 'Art', parent: 'Übergeordneter Zustand', topLevel: '(oberste Ebene)', makeInitial: 'Zum Anfangszustand machen', delete: 'Zustand löschen',
    },
    addState: { title: 'Zustand hinzufügen', name: 'Name', nameHint: 'Beginnt mit einem Kleinbuchstaben, dann Buchstaben und Ziffern, z. B. „pruefung“', nameInvalid: 'Der Name muss mit einem Kleinbuchstaben beginnen und darf nur Buchstaben und Ziffern enthalten.', nameTaken: 'Den Zustand „{{name}}“ gibt es hier schon.', submit: 'Zustand hinzufügen' },
    events: { title: 'Ereignisse', empty: 'Es gibt noch kein Ereignis.', legend: 'Ereignis {{name}}', titleDe: 'Titel (Deutsch)', by: 'Wer löst es aus?', byOne: 'Wer löst es aus?', delete: 'Ereignis löschen' },
    addEvent: { title: 'Ereignis hinzufügen', name: 'Name', nameHint: 'Großbuchstaben, Ziffern und _, z. B. „GENEHMIGEN“', nameInvalid: 'Der Name muss mit einem Großbuchstaben beginnen und darf nur Großbuchstaben, Ziffern und _ enthalten.', nameTaken: 'Das Ereignis „{{name}}“ gibt es schon.', submit: 'Ereignis hinzufügen' },
    transitions: {
      title: 'Übergänge', empty: 'Es gibt noch keinen Übergang.', caption: 'Alle Übergänge (Reihenfolge der Alternativen: die erste, deren Bedingung zutrifft, gilt)',
      source: 'Von', trigger: 'Auslöser', target: 'Ziel', guard: 'Bedingung (JSON Logic)', actions: 'Aktionen', event: 'Ereignis', deadline: 'Frist (ISO 8601, z. B. P14D)',
      deadlineWords: 'Das sind {{words}}.', deadlineInvalid: 'Keine gültige Dauer (Beispiele: P14D = 14 Tage, P3M = 3 Monate).', always: 'Ohne Ereignis (sofort, wenn die Bedingung zutrifft)',
      noTarget: '(kein Zielzustand)', unknownTarget: 'Unbekannt: {{name}}', guardInvalid: 'Das ist kein gültiges JSON. Die Bedingung ist nicht übernommen.',
      alternative: '(Alternative {{index}} von {{count}})', rowLabel: 'Übergang von {{source}}, Alternative {{index}} von {{count}}',
      up: 'Nach oben', down: 'Nach unten', delete: 'Löschen',
    },
    addTransition: { title: 'Übergang hinzufügen', kind: 'Art des Auslösers', kinds: { event: 'Ereignis', after: 'Frist', always: 'Ohne Ereignis' }, noStates: 'Legen Sie zuerst Zustände an.', noEvents: 'Legen Sie zuerst ein Ereignis an.', submit: 'Übergang hinzufügen' },
    diff: {
      caption: 'Änderungen gegenüber der veröffentlichten Fassung {{version}}', captionNew: 'Inhalt der ersten Fassung (noch nichts veröffentlicht)', none: 'Keine Änderungen gegenüber der veröffentlichten Fassung.',
      kind: 'Art', element: 'Element', change: 'Änderung',
      kinds: { setting: 'Angabe', state: 'Zustand', transition: 'Übergang', event: 'Ereignis', form: 'Formular', field: 'Formularfeld' },
      changes: { added: 'hinzugefügt', removed: 'entfernt', changed: 'geändert' },
    },
    publish: {
      title: 'Veröffentlichen', request: 'Veröffentlichung beantragen', blockedErrors: 'Veröffentlichen ist erst möglich, wenn keine Fehler mehr bestehen.', blockedUnsaved: 'Speichern Sie den Entwurf vor dem Veröffentlichen.',
      requested_one: 'Die Veröffentlichung ist beantragt. Eine weitere Person muss sie freigeben.', requested_other: 'Die Veröffentlichung ist beantragt. {{count}} weitere Personen müssen sie freigeben.',
      published: 'Fassung {{version}} ist veröffentlicht. Neue Vorgänge beginnen mit ihr; laufende bleiben bei ihrer Fassung.',
      waiting: 'Die Veröffentlichung wurde von {{who}} beantragt und wartet auf die Freigabe durch eine andere Person.',
      reviewText: '{{who}} hat die Veröffentlichung beantragt. Prüfen Sie die Änderungen oben und geben Sie sie frei.', approve: 'Fassung {{version}} freigeben und veröffentlichen',
      failed: 'Das hat nicht geklappt: {{message}}',
    },
  },
  en: {
    page: {
      title: '{{title}} – draft of version {{version}}', titlePublished: '{{title}}', back: 'Back to the procedures', notFound: 'Procedure not found',
      noDraft: 'Version {{version}} is published. There is no draft.', nothing: 'This procedure has neither a draft nor a published version.',
      newDraft: 'Create a new draft from the published version', draftCreated: 'The new draft has been created.',
    },
    save: {
      undo: 'Undo', redo: 'Redo', save: 'Save draft', saving: 'Saving …', saved: 'Saved.', clean: 'No unsaved changes.',
      unsaved: 'Unsaved changes.', failed: 'Saving failed: {{message}}', refused: 'The last change was not possible (name taken or invalid).',
    },
    conflict: {
      title: 'The draft has changed in the meantime',
      text: '{{author}} saved the draft after you opened it. Your changes are not lost: you can save your version anyway (replacing the other one) or load the other version (discarding your changes).',
      keepMine: 'Save my version', loadTheirs: 'Load the other version',
    },
    problems: {
      title: 'Problems', checking: 'Checking …', none: 'No problems found.', error: 'Error', warning: 'Warning', where: '(location: {{path}})',
      count: '{{errors}} errors, {{warnings}} warnings. Choose a problem to go to the place concerned.',
    },
    diagram: { title: 'Diagram', lead: 'Everything the diagram shows can also be edited in the text view below: states, events and transitions. Selecting a state selects it there.', broken: 'The diagram cannot draw this version ({{message}}). The text view and the problems below show what is missing.', layoutFailed: 'The arrangement could not be loaded or saved: {{message}}' },
    settings: { title: 'About the procedure', titleDe: 'Title (German)', titleEn: 'Title (English)', legalBasis: 'Legal basis', authority: 'Responsible authority (identifier)', retention: 'Retention period (ISO 8601, e.g. P2Y)' },
    kinds: { atomic: 'Simple', compound: 'With substates', parallel: 'Parallel', final: 'Final state' },
    states: {
      title: 'States', empty: 'There is no state yet.', legend: 'State {{id}}', initialMark: '(initial state)', name: 'Name', titleDe: 'Title (German)', titleEn: 'Title (English)',
      kind: 'Kind', parent: 'Parent state', topLevel: '(top level)', makeInitial: 'Make initial state', delete: 'Delete state',
    },
    addState: { title: 'Add a state', name: 'Name', nameHint: 'Starts with a lower-case letter, then letters and digits, e.g. "review"', nameInvalid: 'The name must start with a lower-case letter and contain only letters and digits.', nameTaken: 'State "{{name}}" exists here already.', submit: 'Add state' },
    events: { title: 'Events', empty: 'There is no event yet.', legend: 'Event {{name}}', titleDe: 'Title (German)', by: 'Who fires it?', byOne: 'Who fires it?', delete: 'Delete event' },
    addEvent: { title: 'Add an event', name: 'Name', nameHint: 'Upper-case letters, digits and _, e.g. "APPROVE"', nameInvalid: 'The name must start with an upper-case letter and contain only upper-case letters, digits and _.', nameTaken: 'Event "{{name}}" exists already.', submit: 'Add event' },
    transitions: {
      title: 'Transitions', empty: 'There is no transition yet.', caption: 'All transitions (order of alternatives: the first whose condition holds applies)',
      source: 'From', trigger: 'Trigger', target: 'Target', guard: 'Condition (JSON Logic)', actions: 'Actions', event: 'Event', deadline: 'Deadline (ISO 8601, e.g. P14D)',
      deadlineWords: 'That is {{words}}.', deadlineInvalid: 'Not a valid duration (examples: P14D = 14 days, P3M = 3 months).', always: 'No event (at once, when the condition holds)',
      noTarget: '(no target state)', unknownTarget: 'Unknown: {{name}}', guardInvalid: 'This is not valid JSON. The condition was not applied.',
      alternative: '(alternative {{index}} of {{count}})', rowLabel: 'transition from {{source}}, alternative {{index}} of {{count}}',
      up: 'Move up', down: 'Move down', delete: 'Delete',
    },
    addTransition: { title: 'Add a transition', kind: 'Kind of trigger', kinds: { event: 'Event', after: 'Deadline', always: 'No event' }, noStates: 'Add states first.', noEvents: 'Add an event first.', submit: 'Add transition' },
    diff: {
      caption: 'Changes against published version {{version}}', captionNew: 'Content of the first version (nothing published yet)', none: 'No changes against the published version.',
      kind: 'Kind', element: 'Element', change: 'Change',
      kinds: { setting: 'Setting', state: 'State', transition: 'Transition', event: 'Event', form: 'Form', field: 'Form field' },
      changes: { added: 'added', removed: 'removed', changed: 'changed' },
    },
    publish: {
      title: 'Publish', request: 'Ask to publish', blockedErrors: 'Publishing is possible once no errors remain.', blockedUnsaved: 'Save the draft before publishing.',
      requested_one: 'Publishing has been requested. One more person must approve it.', requested_other: 'Publishing has been requested. {{count}} more people must approve it.',
      published: 'Version {{version}} is published. New cases start on it; running cases stay on theirs.',
      waiting: 'Publishing was requested by {{who}} and awaits approval by another person.',
      reviewText: '{{who}} asked to publish. Review the changes above and approve them.', approve: 'Approve and publish version {{version}}',
      failed: 'That did not work: {{message}}',
    },
  },
};
