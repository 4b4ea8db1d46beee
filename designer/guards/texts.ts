/** Texts of the visual guard builder (namespace `guards`), German first; part of the designer's i18n resources. */
export const guardTexts = {
  de: {
    guards: {
      legend: 'Bedingung',
      asText: 'Als Text bearbeiten (JSON Logic)',
      notRepresentable: 'Diese Bedingung kann der Baukasten nicht darstellen; sie bleibt als Text (JSON Logic) erhalten.',
      noFields: 'An diesem Übergang gibt es keine Formulardaten, die eine Bedingung prüfen könnte. Sie können sie als Text (JSON Logic) schreiben.',
      none: 'Keine Bedingung: der Übergang gilt immer.',
      field: 'Feld', operator: 'Vergleich', value: 'Wert', combinator: 'Verknüpfung',
      addRule: 'Regel hinzufügen', addGroup: 'Gruppe hinzufügen', removeRule: 'Regel entfernen', removeGroup: 'Gruppe entfernen',
      and: 'und (alle Regeln)', or: 'oder (mindestens eine Regel)', yes: 'ja', no: 'nein',
      groupEvent: 'Dieses Ereignis: {{form}}', groupData: 'Bereits gespeichert: {{form}}',
      operators: {
        '=': 'ist gleich', '!=': 'ist ungleich', '<': 'ist kleiner als', '<=': 'ist höchstens', '>': 'ist größer als', '>=': 'ist mindestens',
        contains: 'enthält', doesNotContain: 'enthält nicht', null: 'ist leer', notNull: 'ist ausgefüllt',
      },
    },
  },
  en: {
    guards: {
      legend: 'Condition',
      asText: 'Edit as text (JSON Logic)',
      notRepresentable: 'The builder cannot show this condition; it is kept as text (JSON Logic).',
      noFields: 'At this transition there is no form data a condition could check. You can write one as text (JSON Logic).',
      none: 'No condition: the transition always applies.',
      field: 'Field', operator: 'Comparison', value: 'Value', combinator: 'Combine with',
      addRule: 'Add rule', addGroup: 'Add group', removeRule: 'Remove rule', removeGroup: 'Remove group',
      and: 'and (all rules)', or: 'or (at least one rule)', yes: 'yes', no: 'no',
      groupEvent: 'This event: {{form}}', groupData: 'Stored before: {{form}}',
      operators: {
        '=': 'equals', '!=': 'does not equal', '<': 'is less than', '<=': 'is at most', '>': 'is greater than', '>=': 'is at least',
        contains: 'contains', doesNotContain: 'does not contain', null: 'is empty', notNull: 'is filled in',
      },
    },
  },
};
