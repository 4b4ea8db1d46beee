/** Language of a notification; German is the default of every procedure, English the second. */
export type NotificationLanguage = 'de' | 'en';

/** A plain string, or a text in both languages as procedure definitions carry titles and labels. */
export type LocalizedText = string | { de: string; en: string };

/**
 * What each built-in template needs. Times are UTC ISO 8601 instants (shown in Europe/Berlin
 * time); URLs must be http(s). Nothing else reaches the mail: templates add no personal data.
 */
export interface NotificationValues {
  /** Eingangsbestätigung right after submission. */
  receipt: { procedureTitle: LocalizedText; caseId: string; receivedAt: string; portalUrl?: string };
  /** A Bescheid is waiting in the portal inbox (the mail never carries it). */
  decision: { procedureTitle: LocalizedText; caseId: string; portalUrl?: string };
  statusChanged: { procedureTitle: LocalizedText; caseId: string; stateLabel: LocalizedText; portalUrl?: string };
  documentsRequested: { procedureTitle: LocalizedText; caseId: string; documents: LocalizedText[]; dueAt?: string; portalUrl?: string };
  /** For staff: a case has passed its deadline. */
  deadlineEscalation: { procedureTitle: LocalizedText; caseId: string; stateLabel: LocalizedText; deadline: string; workbenchUrl?: string };
  /** An authority read the citizen's data (access-log entry). */
  accessNotice: { authority: LocalizedText; purpose: LocalizedText; categories: LocalizedText[]; accessedAt: string; caseId?: string; portalUrl?: string };
  consentRequested: { authority: LocalizedText; purpose: LocalizedText; categories: LocalizedText[]; caseId: string; validUntil?: string; portalUrl?: string };
  /** A message on a case is waiting in the portal (citizen) or the authority's inbox; the mail never carries its text. */
  message: { procedureTitle: LocalizedText; caseId: string; receivedAt: string; sender: 'citizen' | 'authority'; authority: LocalizedText; portalUrl?: string };
  /** For staff: a citizen submitted a case of the authority. */
  newCase: { procedureTitle: LocalizedText; caseId: string; receivedAt: string; workbenchUrl?: string };
  /** For staff: the citizen acted on a case again (documents handed in, a resubmission, a withdrawal): `event` names what. */
  citizenAnswered: { procedureTitle: LocalizedText; caseId: string; receivedAt: string; event: LocalizedText; workbenchUrl?: string };
  /** For staff: a legal deadline of an open case runs out soon. */
  deadlineNear: { procedureTitle: LocalizedText; caseId: string; deadline: string; workbenchUrl?: string };
}

/** Name of a built-in notification template. */
export type TemplateName = keyof NotificationValues;

/** A rendered notification: the subject and both bodies of one mail. */
export interface RenderedNotification {
  subject: string;
  text: string;
  html: string;
}
