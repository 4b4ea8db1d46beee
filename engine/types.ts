/**
 * Authored types of a procedure definition (`ProcedureConfig`, what `procedure.json` holds).
 * The JSON meta-schema (`procedureSchema.ts`) is the authority on the shape; these types mirror it;
 * effect parameters are declared once in `effects/effectParams.ts`.
 */
import type { EffectParams, EffectType } from './effects/effectParams.js';

/** A text in German (first) and English. */
export interface LocalizedText {
  de: string;
  en: string;
}

/** A JSON Logic rule (json-logic-js), evaluated over `{ data, event, case }`. */
export type GuardRule = Record<string, unknown> | boolean;

export { EFFECT_TYPES } from './effects/effectTypes.js';
export type { EffectParams, EffectType } from './effects/effectParams.js';

/**
 * An effect as authored in `entry`, `exit` or transition `actions`: a union discriminated by
 * `type`; `params` may be left out only where the effect has no required parameter.
 */
export type EffectConfig = {
  [K in EffectType]: object extends EffectParams[K] ? { type: K; params?: EffectParams[K] } : { type: K; params: EffectParams[K] };
}[EffectType];

/** An effect to carry out, as `transition()` returns it: `params` always present. */
export type Effect<K extends EffectType = EffectType> = { [T in K]: { type: T; params: EffectParams[T] } }[K];

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
  /**
   * Eventless transitions, taken as soon as the state is entered (and after every event in it)
   * when their guard holds: the first alternative whose guard holds wins. A state whose last
   * alternative has no guard is transient — a case passes through it, e.g. to route on the
   * data an event just submitted (read as `data.<form>.<field>`).
   */
  always?: TransitionsConfig;
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
