/**
 * Authored types of a procedure definition (`ProcedureConfig`, what `procedure.json` holds).
 * The JSON meta-schema (`procedureSchema.ts`) is the authority on the shape; these types mirror it.
 */

/** A text in German (first) and English. */
export interface LocalizedText {
  de: string;
  en: string;
}

/** A JSON Logic rule (json-logic-js), evaluated over `{ data, event, case }`. */
export type GuardRule = Record<string, unknown> | boolean;

/** Built-in effect types; the engine returns them as data, workers carry them out. */
export const EFFECT_TYPES = [
  'receipt', 'createEFile', 'fileDocument', 'renderDocument', 'sign', 'notify', 'requestConsent', 'openSealed',
] as const;
/** Name of a built-in effect. */
export type EffectType = (typeof EFFECT_TYPES)[number];

/** Typed params of each built-in effect (the meta-schema enforces them). */
export interface EffectParams {
  receipt: { template?: string };
  createEFile: { subject?: LocalizedText };
  /**
   * `sealed`: the event's data and attachments are encrypted on receipt; nobody reads them until
   * an `openSealed` effect of the same document name runs (bids until the opening, § 55 VgV).
   */
  fileDocument: { document: string; sealed?: boolean };
  renderDocument: { template: string; document: string };
  sign: { document: string; kind: 'seal' | 'signature' };
  /** `to` is a role (all parties holding it) or an external recipient of `recipients`. */
  notify: { to: string; template?: string; document?: string };
  requestConsent: { categories: string[]; purpose: LocalizedText; validFor?: string };
  /** Opens (decrypts) every sealed filing of that document name; only an event with a quorum may. */
  openSealed: { document: string };
}

/** An effect as authored in `entry`, `exit` or transition `actions`. */
export interface EffectConfig {
  type: EffectType;
  params?: Record<string, unknown>;
}

/** One transition: target state, optional JSON Logic guard, effects. */
export interface TransitionConfig {
  target?: string;
  guard?: GuardRule;
  actions?: EffectConfig[];
  description?: string;
}

/** The transitions of one trigger: a target name, one transition, or guarded alternatives in order. */
export type TransitionsConfig = string | TransitionConfig | TransitionConfig[];

/** A state of the statechart (XState config subset). */
export interface StateConfig {
  type?: 'atomic' | 'compound' | 'parallel' | 'final';
  initial?: string;
  states?: Record<string, StateConfig>;
  on?: Record<string, TransitionsConfig>;
  /** Deadlines: ISO 8601 duration (`P3M`, `PT10S`) → transition. */
  after?: Record<string, TransitionsConfig>;
  /** Taken when a compound state reaches a final child, or every region of a parallel state has. */
  onDone?: TransitionsConfig;
  entry?: EffectConfig[];
  exit?: EffectConfig[];
  description?: string;
  /** XState's `meta`: the state's title as citizens and clerks read it ("In Prüfung"). */
  meta?: { title?: LocalizedText };
}

/** The statechart of a procedure. */
export interface MachineConfig {
  initial: string;
  states: Record<string, StateConfig>;
}

/** A party of a case: citizens and companies act through the portal, staff through the workbench. */
export interface RoleConfig {
  kind: 'citizen' | 'staff';
  /** Staff roles: the authority whose staff hold it (default: the procedure's authority). */
  authority?: string;
  title?: LocalizedText;
  description?: LocalizedText;
  /**
   * Citizen roles: any citizen or company may join an open case in this role (the bidders of a
   * tender), for as long as the case accepts an event of the role.
   */
  joinable?: boolean;
}

/**
 * A form: JSON Schema 2020-12 for the data, a UI schema for its layout. Field texts: German in
 * `title` / `description`, English in `x-i18n`, choice labels in `x-enum-titles` (formTexts.ts).
 */
export interface FormConfig {
  title?: LocalizedText;
  schema: Record<string, unknown>;
  uiSchema?: Record<string, unknown>;
  /** Its data is published (a contract notice): anyone may read it while the case can be joined. */
  public?: boolean;
}

/** An event a party may fire. */
export interface EventConfig {
  /** Roles that may fire the event. */
  by: string[];
  /** Form whose data the event carries. */
  form?: string;
  signature?: 'none' | 'citizen' | 'seal';
  title?: LocalizedText;
  /**
   * `false`: the form data is not kept in the case context (it goes to the e-file only), e.g.
   * bids that must stay sealed until the opening date (§ 54 VgV).
   */
  keepData?: boolean;
  /**
   * How many different persons must fire the event before it takes effect (four-eyes principle,
   * e.g. the opening of bids by two officials, § 55 Abs. 2 VgV). Until then each firing is
   * recorded as an approval; a change of state discards them. Default 1.
   */
  quorum?: number;
}

/** A category of personal data; `consentRequired` data is read by staff only after consent. */
export interface DataCategoryConfig {
  consentRequired?: boolean;
  title?: LocalizedText;
  description?: LocalizedText;
}

/**
 * Kinds of documents a procedure issues. Administrative acts (`bescheid`, `ablehnung`) must carry
 * a Rechtsbehelfsbelehrung (§ 37 Abs. 6 VwVfG); the others are certificates or notices that
 * regulate nothing themselves (§ 42a Abs. 3 VwVfG, Art. 15 DSGVO, a request for documents under
 * § 26 VwVfG, § 44a VwGO), so their remedy part is optional.
 */
export const DOCUMENT_KINDS = ['bescheid', 'ablehnung', 'fiktionsbescheinigung', 'auskunft', 'nachforderung', 'bescheinigung', 'mitteilung'] as const;
/** Kind of an issued document. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** Document kinds that are administrative acts open to challenge: a Rechtsbehelfsbelehrung is required. */
export const KINDS_NEEDING_REMEDY: readonly DocumentKind[] = ['bescheid', 'ablehnung'];

/**
 * A document the procedure issues (`renderDocument` names it by `template`). Every text is a
 * Mustache template over the template view (see README "Templates"), German and English.
 */
export interface DocumentTemplateConfig {
  kind: DocumentKind;
  title: LocalizedText;
  /** Who the document is addressed to, one line per line (name, street, town). */
  addressee?: LocalizedText;
  /** The operative part (Tenor): what the authority decides or certifies. */
  tenor: LocalizedText;
  /** Begründung (§ 39 VwVfG), or the explanations of a certificate or notice. */
  reasons: LocalizedText;
  /** Further notes: conditions, fees, what happens next. */
  notes?: LocalizedText;
  /** Rechtsbehelfsbelehrung (§ 37 Abs. 6 VwVfG, § 58 VwGO). */
  remedy?: LocalizedText;
}

/** A notification the procedure sends (`notify` names it by `template`): subject and body as Mustache templates. */
export interface NotificationTemplateConfig {
  subject: LocalizedText;
  body: LocalizedText;
}

/** A procedure as authored (`procedure.json`). */
export interface ProcedureConfig {
  $schema?: string;
  id: string;
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  /** Key of the federal service catalogue (Leistungskatalog, 14 digits). */
  leika?: string;
  /** Type of the responsible authority, e.g. `gewerbeamt`. */
  authority: string;
  /** Name of the authority as citizens read it ("Gewerbeamt"); the portal groups its catalogue by it. */
  authorityTitle?: LocalizedText;
  /** Life situations (Lebenslagen) the procedure belongs to, e.g. "Umzug"; the portal's catalogue groups by them. */
  lifeSituations?: LocalizedText[];
  /** What the procedure costs, as the authority states it ("20 bis 60 Euro, je nach Gemeinde", "gebührenfrei"). */
  fee?: LocalizedText;
  legalBasis: string;
  roles: Record<string, RoleConfig>;
  /** External recipients of notifications (not parties of the case), e.g. the tax office. */
  recipients?: Record<string, { title: LocalizedText; legalBasis?: string }>;
  forms?: Record<string, FormConfig>;
  events: Record<string, EventConfig>;
  machine: MachineConfig;
  dataCategories?: Record<string, DataCategoryConfig>;
  /**
   * Purposes for which staff may ask the citizen's consent (shown to the citizen as written
   * here), beside those the installation declares; id → title.
   */
  consentPurposes?: Record<string, { title: LocalizedText }>;
  /** Documents the procedure issues, by template name. */
  documents?: Record<string, DocumentTemplateConfig>;
  /** Notifications the procedure sends, by template name. */
  notifications?: Record<string, NotificationTemplateConfig>;
  /** Minimum login assurance level of citizens (eIDAS: basic / substantial / high). */
  assuranceLevel?: 'basic' | 'substantial' | 'high';
  /** How long the e-file is kept after the case is closed, ISO 8601 duration. */
  retention?: string;
}
