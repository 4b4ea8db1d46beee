import { formatBerlinTime } from './formatBerlinTime.js';
import { localize } from './localize.js';
import type { NotificationLanguage as Lang, NotificationValues, TemplateName } from './NotificationValues.js';
import type { Block } from './renderBlocks.js';
import { staffTemplates } from './staffTemplates.js';

/** A built-in template: the values it cannot do without, and its wording (German first). */
interface Template<K extends TemplateName> {
  required: (keyof NotificationValues[K] & string)[];
  render(values: NotificationValues[K], lang: Lang): { subject: string; blocks: Block[] };
}

// Formal register throughout ("Sie"); no names, addresses or case data beyond the values, since
// mail leaves the authority's systems unencrypted. Documents themselves stay in the portal.
const GREETING = { de: 'Sehr geehrte Damen und Herren,', en: 'Dear Sir or Madam,' };
const STAFF_GREETING = { de: 'Guten Tag,', en: 'Hello,' };
/** The last paragraph of every automatic mail. */
export const FOOTER = {
  de: 'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.',
  en: 'This message was generated automatically. Please do not reply to this e-mail.',
};
const PORTAL = { de: 'Zum Portal', en: 'Go to the portal' };

const link = (url: string | undefined, label: string): Block[] => (url === undefined ? [] : [{ link: url, label }]);
const list = (items: Parameters<typeof localize>[0][], lang: Lang): Block => ({ list: items.map((item) => localize(item, lang)) });

/** The built-in notifications (of the notify effect, of messages, and the runtime's to staff), German and English. */
export const notificationTemplates: { [K in TemplateName]: Template<K> } = {
  ...staffTemplates,
  receipt: {
    required: ['procedureTitle', 'caseId', 'receivedAt'],
    render(v, lang) {
      const title = localize(v.procedureTitle, lang);
      const { date, time } = formatBerlinTime(v.receivedAt, lang);
      return lang === 'de'
        ? { subject: `Eingangsbestätigung: ${title}`, blocks: [GREETING.de,
          `Ihr Antrag „${title}“ ist am ${date} um ${time} eingegangen. Ihre Vorgangsnummer lautet ${v.caseId}.`,
          'Die signierte Eingangsbestätigung finden Sie in Ihrem Postfach im Portal.', ...link(v.portalUrl, PORTAL.de), FOOTER.de] }
        : { subject: `Confirmation of receipt: ${title}`, blocks: [GREETING.en,
          `Your application “${title}” was received on ${date} at ${time}. Your case number is ${v.caseId}.`,
          'You will find the signed confirmation of receipt in your inbox in the portal.', ...link(v.portalUrl, PORTAL.en), FOOTER.en] };
    },
  },
  decision: {
    required: ['procedureTitle', 'caseId'],
    render(v, lang) {
      const title = localize(v.procedureTitle, lang);
      return lang === 'de'
        ? { subject: `Bescheid zu Ihrem Antrag: ${title}`, blocks: [GREETING.de,
          `in Ihrem Vorgang ${v.caseId} („${title}“) liegt ein Bescheid für Sie bereit. Sie können ihn in Ihrem Postfach im Portal abrufen.`,
          'Zum Schutz Ihrer Daten ist der Bescheid dieser E-Mail nicht beigefügt.', ...link(v.portalUrl, PORTAL.de), FOOTER.de] }
        : { subject: `Decision on your application: ${title}`, blocks: [GREETING.en,
          `A decision (Bescheid) on your case ${v.caseId} (“${title}”) is ready. You can retrieve it from your inbox in the portal.`,
          'To protect your data, the decision is not attached to this e-mail.', ...link(v.portalUrl, PORTAL.en), FOOTER.en] };
    },
  },
  statusChanged: {
    required: ['procedureTitle', 'caseId', 'stateLabel'],
    render(v, lang) {
      const title = localize(v.procedureTitle, lang);
      const state = localize(v.stateLabel, lang);
      return lang === 'de'
        ? { subject: `Neuer Bearbeitungsstand: ${title}`, blocks: [GREETING.de,
          `Ihr Vorgang ${v.caseId} („${title}“) hat einen neuen Bearbeitungsstand: ${state}.`, ...link(v.portalUrl, PORTAL.de), FOOTER.de] }
        : { subject: `Status update: ${title}`, blocks: [GREETING.en,
          `Your case ${v.caseId} (“${title}”) has a new status: ${state}.`, ...link(v.portalUrl, PORTAL.en), FOOTER.en] };
    },
  },
  documentsRequested: {
    required: ['procedureTitle', 'caseId', 'documents'],
    render(v, lang) {
      const title = localize(v.procedureTitle, lang);
      const due = v.dueAt === undefined ? undefined : formatBerlinTime(v.dueAt, lang).date;
      return lang === 'de'
        ? { subject: `Bitte reichen Sie Unterlagen nach: ${title}`, blocks: [GREETING.de,
          `für die Bearbeitung Ihres Vorgangs ${v.caseId} („${title}“) benötigen wir noch folgende Unterlagen:`, list(v.documents, 'de'),
          due === undefined ? 'Bitte reichen Sie diese über das Portal ein.' : `Bitte reichen Sie diese bis zum ${due} über das Portal ein.`,
          ...link(v.portalUrl, PORTAL.de), FOOTER.de] }
        : { subject: `Please submit missing documents: ${title}`, blocks: [GREETING.en,
          `To process your case ${v.caseId} (“${title}”), we still need the following documents:`, list(v.documents, 'en'),
          due === undefined ? 'Please submit them through the portal.' : `Please submit them through the portal by ${due}.`,
          ...link(v.portalUrl, PORTAL.en), FOOTER.en] };
    },
  },
  deadlineEscalation: {
    required: ['procedureTitle', 'caseId', 'stateLabel', 'deadline'],
    render(v, lang) {
      const title = localize(v.procedureTitle, lang);
      const state = localize(v.stateLabel, lang);
      const { date, time } = formatBerlinTime(v.deadline, lang);
      return lang === 'de'
        ? { subject: `Frist überschritten: Vorgang ${v.caseId}`, blocks: [STAFF_GREETING.de,
          `der Vorgang ${v.caseId} („${title}“) hat seine Frist am ${date} um ${time} überschritten. Bearbeitungsstand: ${state}.`,
          'Bitte prüfen Sie den Vorgang in der Sachbearbeitung.', ...link(v.workbenchUrl, 'Zum Vorgang'), FOOTER.de] }
        : { subject: `Deadline exceeded: case ${v.caseId}`, blocks: [STAFF_GREETING.en,
          `Case ${v.caseId} (“${title}”) exceeded its deadline on ${date} at ${time}. Status: ${state}.`,
          'Please review the case in the workbench.', ...link(v.workbenchUrl, 'Open the case'), FOOTER.en] };
    },
  },
  accessNotice: {
    required: ['authority', 'purpose', 'categories', 'accessedAt'],
    render(v, lang) {
      const authority = localize(v.authority, lang);
      const purpose = localize(v.purpose, lang);
      const { date, time } = formatBerlinTime(v.accessedAt, lang);
      return lang === 'de'
        ? { subject: `Zugriff auf Ihre Daten: ${authority}`, blocks: [GREETING.de,
          `die Behörde ${authority} hat am ${date} um ${time}${v.caseId === undefined ? '' : ` im Vorgang ${v.caseId}`} zum Zweck „${purpose}“ auf folgende Kategorien Ihrer Daten zugegriffen:`,
          list(v.categories, 'de'), 'Alle Zugriffe auf Ihre Daten sehen Sie im Portal unter „Meine Daten“.', ...link(v.portalUrl, PORTAL.de), FOOTER.de] }
        : { subject: `Access to your data: ${authority}`, blocks: [GREETING.en,
          `On ${date} at ${time}, the authority ${authority} accessed the following categories of your data${v.caseId === undefined ? '' : ` in case ${v.caseId}`} for the purpose “${purpose}”:`,
          list(v.categories, 'en'), 'You can see every access to your data in the portal under “My data”.', ...link(v.portalUrl, PORTAL.en), FOOTER.en] };
    },
  },
  consentRequested: {
    required: ['authority', 'purpose', 'categories', 'caseId'],
    render(v, lang) {
      const authority = localize(v.authority, lang);
      const purpose = localize(v.purpose, lang);
      const until = v.validUntil === undefined ? undefined : formatBerlinTime(v.validUntil, lang).date;
      return lang === 'de'
        ? { subject: `Bitte um Ihre Einwilligung: ${authority}`, blocks: [GREETING.de,
          `die Behörde ${authority} bittet im Vorgang ${v.caseId} um Ihre Einwilligung, folgende Kategorien Ihrer Daten zum Zweck „${purpose}“ zu verarbeiten:`,
          list(v.categories, 'de'), ...(until === undefined ? [] : [`Die Einwilligung würde bis zum ${until} gelten.`]),
          'Sie können die Einwilligung im Portal erteilen oder ablehnen und eine erteilte Einwilligung jederzeit widerrufen.', ...link(v.portalUrl, PORTAL.de), FOOTER.de] }
        : { subject: `Your consent is requested: ${authority}`, blocks: [GREETING.en,
          `In case ${v.caseId}, the authority ${authority} asks for your consent to process the following categories of your data for the purpose “${purpose}”:`,
          list(v.categories, 'en'), ...(until === undefined ? [] : [`The consent would be valid until ${until}.`]),
          'You can grant or refuse consent in the portal, and withdraw consent you have given at any time.', ...link(v.portalUrl, PORTAL.en), FOOTER.en] };
    },
  },
  message: {
    required: ['procedureTitle', 'caseId', 'receivedAt', 'sender', 'authority'],
    render(v, lang) {
      const title = localize(v.procedureTitle, lang);
      const authority = localize(v.authority, lang);
      const { date, time } = formatBerlinTime(v.receivedAt, lang);
      if (v.sender === 'citizen') {
        return lang === 'de'
          ? { subject: `Neue Nachricht im Vorgang ${v.caseId}`, blocks: [STAFF_GREETING.de,
            `im Vorgang ${v.caseId} („${title}“) ist am ${date} um ${time} eine Nachricht der antragstellenden Person eingegangen.`,
            'Bitte lesen Sie sie in der Sachbearbeitung.', FOOTER.de] }
          : { subject: `New message in case ${v.caseId}`, blocks: [STAFF_GREETING.en,
            `On ${date} at ${time}, the applicant sent a message in case ${v.caseId} (“${title}”).`, 'Please read it in the workbench.', FOOTER.en] };
      }
      return lang === 'de'
        ? { subject: `Neue Nachricht von ${authority}`, blocks: [GREETING.de,
          `die Behörde ${authority} hat Ihnen am ${date} um ${time} im Vorgang ${v.caseId} („${title}“) eine Nachricht geschrieben.`,
          'Zum Schutz Ihrer Daten steht der Text nicht in dieser E-Mail. Sie lesen die Nachricht im Portal.', ...link(v.portalUrl, PORTAL.de), FOOTER.de] }
        : { subject: `New message from ${authority}`, blocks: [GREETING.en,
          `On ${date} at ${time}, the authority ${authority} sent you a message in case ${v.caseId} (“${title}”).`,
          'To protect your data, the text is not in this e-mail. You can read the message in the portal.', ...link(v.portalUrl, PORTAL.en), FOOTER.en] };
    },
  },
};
