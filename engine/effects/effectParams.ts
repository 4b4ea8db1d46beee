import { Type } from 'typebox';
import type { Static, TSchema } from 'typebox';
import type { EFFECT_TYPE_NAMES } from './effectTypes.js';

/**
 * The parameters of each built-in effect, declared once (TypeBox, i.e. plain JSON Schema).
 * The meta-schema of procedure.json (`effectSchema.ts`), the TypeScript types (`EffectParams`),
 * the worker's check before a handler runs and the designer's effect forms all derive from
 * these. Texts follow the forms' convention (formTexts.ts): German in `title` / `description`,
 * English in `x-i18n.en`, labels of choices in `x-enum-titles`.
 */

interface Texts {
  title: string;
  description: string;
}

/** The text annotations of a schema: German first, English in `x-i18n`. */
function texts(de: Texts, en: Texts): Record<string, unknown> {
  return { title: de.title, description: de.description, 'x-i18n': { en } };
}

/** A name other parts of the definition refer to (a document, a template). */
const NAME = '^[a-z][A-Za-z0-9-]{0,62}$';

const localizedText = (de: Texts, en: Texts) => Type.Object({
  de: Type.String({ minLength: 1, title: 'Deutsch', 'x-i18n': { en: { title: 'German' } } }),
  en: Type.String({ minLength: 1, title: 'Englisch', 'x-i18n': { en: { title: 'English' } } }),
}, { additionalProperties: false, ...texts(de, en) });

const documentName = (de: Texts, en: Texts) => Type.String({ pattern: NAME, ...texts(de, en) });

const receipt = Type.Object({}, {
  additionalProperties: false,
  ...texts(
    { title: 'Eingangsbestätigung', description: 'Bestätigt den Eingang der Daten und Anlagen des auslösenden Ereignisses: ihre Hashwerte und die Zeit des Eingangs, gesiegelt von der Behörde, abgelegt in der E-Akte und dem Einreichenden sofort zugestellt. Ohne Parameter.' },
    { title: 'Receipt', description: 'Confirms receipt of the data and attachments of the triggering event: their hashes and the time of receipt, sealed by the authority, filed in the e-file and delivered to the submitter at once. No parameters.' },
  ),
});

const createEFile = Type.Object({
  subject: Type.Optional(localizedText(
    { title: 'Betreff', description: 'Betreff der Akte; ohne Angabe der Titel des Verfahrens.' },
    { title: 'Subject', description: 'Subject of the e-file; without it, the title of the procedure.' },
  )),
}, {
  additionalProperties: false,
  ...texts(
    { title: 'E-Akte anlegen', description: 'Legt die E-Akte des Vorgangs an: ihr erster Eintrag im hashverketteten Prüfprotokoll.' },
    { title: 'Open the e-file', description: 'Opens the e-file (Akte) of the case: the first entry of its hash-chained audit trail.' },
  ),
});

const fileDocument = Type.Object({
  document: documentName(
    { title: 'Dokument', description: 'Name, unter dem abgelegt wird. Gibt es schon ein erzeugtes oder gesiegeltes Dokument dieses Namens, wird dieses abgelegt; sonst die Daten und Anlagen des auslösenden Ereignisses.' },
    { title: 'Document', description: 'Name to file under. When a rendered or sealed document of that name exists, that one is filed; otherwise the data and attachments of the triggering event.' },
  ),
  sealed: Type.Optional(Type.Boolean({
    default: false,
    ...texts(
      { title: 'Versiegelt', description: 'Die Daten werden beim Eingang verschlüsselt und sind bis zur Öffnung (openSealed, von mindestens zwei Personen ausgelöst) für niemanden lesbar — Angebote nach § 54 VgV.' },
      { title: 'Sealed', description: 'The data is encrypted on receipt and readable by nobody until the opening (openSealed, fired by at least two persons) — bids under § 54 VgV.' },
    ),
  })),
}, {
  additionalProperties: false,
  ...texts(
    { title: 'Dokument ablegen', description: 'Legt ein Dokument in die E-Akte.' },
    { title: 'File a document', description: 'Files a document into the e-file.' },
  ),
});

const renderDocument = Type.Object({
  template: Type.String({
    pattern: NAME,
    ...texts(
      { title: 'Vorlage', description: 'Name einer Dokumentvorlage im Abschnitt „documents“ der Definition.' },
      { title: 'Template', description: 'Name of a document template in the definition\'s "documents" section.' },
    ),
  }),
  document: documentName(
    { title: 'Dokument', description: 'Name, unter dem das PDF in der E-Akte liegt; sign, fileDocument und notify nennen es so.' },
    { title: 'Document', description: 'Name the PDF gets in the e-file; sign, fileDocument and notify refer to it by it.' },
  ),
}, {
  additionalProperties: false,
  ...texts(
    { title: 'Dokument erzeugen', description: 'Erzeugt aus einer Vorlage und den Daten des Vorgangs ein PDF (etwa einen Bescheid) und legt es in die E-Akte.' },
    { title: 'Render a document', description: 'Renders a PDF (a decision, say) from a template and the case\'s data and files it into the e-file.' },
  ),
});

const sign = Type.Object({
  document: documentName(
    { title: 'Dokument', description: 'Name eines zuvor mit renderDocument erzeugten Dokuments.' },
    { title: 'Document', description: 'Name of a document rendered before by renderDocument.' },
  ),
  kind: Type.Enum(['seal', 'signature'], {
    default: 'seal',
    ...texts(
      { title: 'Art', description: 'Siegel der Behörde (PAdES) oder Signatur einer Person. Persönliche Signaturen kann Amtsweg noch nicht erstellen: die Prüfung der Definition lehnt „signature“ ab.' },
      { title: 'Kind', description: 'The authority\'s seal (PAdES) or a person\'s signature. Amtsweg cannot make personal signatures yet: validation refuses "signature".' },
    ),
    'x-enum-titles': { de: ['Siegel der Behörde', 'Signatur einer Person'], en: ['Seal of the authority', 'Signature of a person'] },
  }),
}, {
  additionalProperties: false,
  ...texts(
    { title: 'Dokument siegeln', description: 'Versieht ein erzeugtes Dokument mit dem elektronischen Siegel der Behörde.' },
    { title: 'Seal a document', description: 'Applies the authority\'s electronic seal to a rendered document.' },
  ),
});

const notify = Type.Object({
  to: Type.String({
    minLength: 1,
    ...texts(
      { title: 'Empfänger', description: 'Eine Rolle des Verfahrens (alle Beteiligten in ihr; eine Rolle der Behörde über deren Postfach) oder ein Empfänger aus „recipients“.' },
      { title: 'Recipient', description: 'A role of the procedure (every party holding it; a staff role through its authority\'s mailbox) or a recipient of "recipients".' },
    ),
  }),
  template: Type.Optional(Type.String({
    pattern: NAME,
    ...texts(
      { title: 'Mitteilung', description: 'Name einer Mitteilung im Abschnitt „notifications“ der Definition oder einer eingebauten. Ohne Angabe: eine Bescheidmitteilung, wenn ein Dokument beiliegt, sonst eine Statusmitteilung.' },
      { title: 'Notice', description: 'Name of a notice in the definition\'s "notifications" section or of a built-in one. Without it: a decision notice when a document is attached, else a status notice.' },
    ),
  })),
  document: Type.Optional(documentName(
    { title: 'Anlage', description: 'Name eines Dokuments des Vorgangs, das der Mitteilung beiliegt (das gesiegelte, wenn es eines gibt).' },
    { title: 'Attachment', description: 'Name of a document of the case attached to the notice (its sealed form when there is one).' },
  )),
}, {
  additionalProperties: false,
  ...texts(
    { title: 'Benachrichtigen', description: 'Benachrichtigt Beteiligte im Postfach des Portals und auf den Wegen, die sie gewählt haben (E-Mail, Brief).' },
    { title: 'Notify', description: 'Notifies parties in the portal inbox and on the channels they chose (e-mail, letter).' },
  ),
});

const requestConsent = Type.Object({
  categories: Type.Array(Type.String({ minLength: 1 }), {
    minItems: 1,
    uniqueItems: true,
    ...texts(
      { title: 'Datenkategorien', description: 'Die Datenkategorien (aus „dataCategories“), deren Lesen die Einwilligung erlaubt.' },
      { title: 'Data categories', description: 'The data categories (of "dataCategories") the consent allows to read.' },
    ),
  }),
  purpose: localizedText(
    { title: 'Zweck', description: 'Wozu die Behörde die Daten lesen will, so wie die Bürgerin oder der Bürger es liest.' },
    { title: 'Purpose', description: 'What the authority wants to read the data for, as the citizen reads it.' },
  ),
  validFor: Type.Optional(Type.String({
    default: 'P30D',
    ...texts(
      { title: 'Gültigkeit', description: 'Wie lange eine erteilte Einwilligung gilt, als ISO-8601-Dauer (z. B. P30D, P1M).' },
      { title: 'Valid for', description: 'How long a consent given lasts, as an ISO 8601 duration (e.g. P30D, P1M).' },
    ),
  })),
  from: Type.Optional(Type.String({
    minLength: 1,
    ...texts(
      { title: 'Von', description: 'Die Bürgerrolle, deren Beteiligte gefragt werden; ohne Angabe die erste Bürgerrolle des Verfahrens.' },
      { title: 'From', description: 'The citizen role whose parties are asked; without it, the procedure\'s first citizen role.' },
    ),
  })),
}, {
  additionalProperties: false,
  ...texts(
    { title: 'Einwilligung erbitten', description: 'Bittet die Bürgerin oder den Bürger um eine befristete, widerrufliche Einwilligung, Daten bestimmter Kategorien zu lesen.' },
    { title: 'Request consent', description: 'Asks the citizen for a time-limited, revocable consent to read data of certain categories.' },
  ),
});

const openSealed = Type.Object({
  document: documentName(
    { title: 'Dokument', description: 'Name, unter dem Dokumente versiegelt abgelegt wurden (fileDocument mit „sealed“); alle werden geöffnet.' },
    { title: 'Document', description: 'Name under which documents were filed sealed (fileDocument with "sealed"); every one is opened.' },
  ),
}, {
  additionalProperties: false,
  ...texts(
    { title: 'Versiegelte Dokumente öffnen', description: 'Öffnet versiegelt abgelegte Dokumente (Öffnung der Angebote, § 55 VgV); nur ein Ereignis, das mindestens zwei Personen auslösen, darf es.' },
    { title: 'Open sealed documents', description: 'Opens documents filed sealed (the opening of bids, § 55 VgV); only an event that at least two persons fire may.' },
  ),
});

/** The parameter schema of every built-in effect type, in the order the docs list them. */
export const EFFECT_PARAMS = { receipt, createEFile, fileDocument, renderDocument, sign, notify, requestConsent, openSealed } as const satisfies Record<(typeof EFFECT_TYPE_NAMES)[number], TSchema>;

/** Name of a built-in effect. */
export type EffectType = keyof typeof EFFECT_PARAMS;

export { EFFECT_TYPES } from './effectTypes.js';

/** Typed params of each built-in effect, derived from their schemas. */
export type EffectParams = { [K in EffectType]: Static<(typeof EFFECT_PARAMS)[K]> };
