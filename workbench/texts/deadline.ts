/** Deadlines in words, for the queue and the case (namespace `deadline`). */
export const deadlineTexts = {
  de: {
    left_one: 'noch {{count}} Tag',
    left_other: 'noch {{count}} Tage',
    today: 'endet heute',
    overdue_one: 'seit {{count}} Tag überfällig',
    overdue_other: 'seit {{count}} Tagen überfällig',
  },
  en: {
    left_one: '{{count}} day left',
    left_other: '{{count}} days left',
    today: 'ends today',
    overdue_one: '{{count}} day overdue',
    overdue_other: '{{count}} days overdue',
  },
};
