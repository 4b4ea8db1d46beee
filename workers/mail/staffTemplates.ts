import { formatBerlinTime } from './formatBerlinTime.js';
import { localize } from './localize.js';
import type { NotificationLanguage as Lang, NotificationValues } from './NotificationValues.js';
import type { Block } from './renderBlocks.js';

/** The notices the runtime itself sends to an authority's staff (not named in any definition). */
export type StaffTemplateName = 'newCase' | 'citizenAnswered' | 'deadlineNear';

interface StaffTemplate<K extends StaffTemplateName> {
  required: (keyof NotificationValues[K] & string)[];
  render(values: NotificationValues[K], lang: Lang): { subject: string; blocks: Block[] };
}

// Staff mail goes to a functional mailbox: the case number and the procedure, never the applicant's data.
const GREETING = { de: 'Guten Tag,', en: 'Hello,' };
const FOOTER = {
  de: 'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.',
  en: 'This message was generated automatically. Please do not reply to this e-mail.',
};
const link = (url: string | undefined, lang: Lang): Block[] => (url === undefined ? [] : [{ link: url, label: lang === 'de' ? 'Zum Vorgang' : 'Open the case' }]);
const review = { de: 'Bitte bearbeiten Sie den Vorgang in der Sachbearbeitung.', en: 'Please deal with the case in the workbench.' };

/** Notices to an authority's inbox `authority:<id>` (and its functional mailbox), German and English. */
export const staffTemplates: { [K in StaffTemplateName]: StaffTemplate<K> } = {
  newCase: {
    required: ['procedureTitle', 'caseId', 'receivedAt'],
    render(v, lang) {
      const title = localize(v.procedureTitle, lang);
      const { date, time } = formatBerlinTime(v.receivedAt, lang);
      return lang === 'de'
        ? { subject: `Neuer Vorgang: ${title}`, blocks: [GREETING.de,
          `am ${date} um ${time} ist ein neuer Vorgang „${title}“ eingegangen. Vorgangsnummer: ${v.caseId}.`, review.de, ...link(v.workbenchUrl, lang), FOOTER.de] }
        : { subject: `New case: ${title}`, blocks: [GREETING.en,
          `A new case “${title}” was received on ${date} at ${time}. Case number: ${v.caseId}.`, review.en, ...link(v.workbenchUrl, lang), FOOTER.en] };
    },
  },
  citizenAnswered: {
    required: ['procedureTitle', 'caseId', 'receivedAt', 'event'],
    render(v, lang) {
      const title = localize(v.procedureTitle, lang);
      const event = localize(v.event, lang);
      const { date, time } = formatBerlinTime(v.receivedAt, lang);
      return lang === 'de'
        ? { subject: `Eingang im Vorgang ${v.caseId}: ${event}`, blocks: [GREETING.de,
          `im Vorgang ${v.caseId} („${title}“) ist am ${date} um ${time} von der antragstellenden Person eingegangen: ${event}.`, review.de, ...link(v.workbenchUrl, lang), FOOTER.de] }
        : { subject: `Received in case ${v.caseId}: ${event}`, blocks: [GREETING.en,
          `On ${date} at ${time}, the applicant acted in case ${v.caseId} (“${title}”): ${event}.`, review.en, ...link(v.workbenchUrl, lang), FOOTER.en] };
    },
  },
  deadlineNear: {
    required: ['procedureTitle', 'caseId', 'deadline'],
    render(v, lang) {
      const title = localize(v.procedureTitle, lang);
      const { date, time } = formatBerlinTime(v.deadline, lang);
      return lang === 'de'
        ? { subject: `Frist läuft ab: Vorgang ${v.caseId}`, blocks: [GREETING.de,
          `die Frist im Vorgang ${v.caseId} („${title}“) läuft am ${date} um ${time} ab.`, review.de, ...link(v.workbenchUrl, lang), FOOTER.de] }
        : { subject: `Deadline running out: case ${v.caseId}`, blocks: [GREETING.en,
          `The deadline in case ${v.caseId} (“${title}”) runs out on ${date} at ${time}.`, review.en, ...link(v.workbenchUrl, lang), FOOTER.en] };
    },
  },
};
