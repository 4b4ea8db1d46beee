import type { Actor, CategoryMap, Effect, EffectTemplate, EffectType, LocalizedText } from '../../engine/index.js';
import type { Party, Store } from '../../store/index.js';
import type { TransitionRecord } from '../activities.js';
import type { DocumentSealer, Signer } from '../../documents/index.js';
import type { Authorities } from '../../config/index.js';

/** The event that produced an effect (for entry effects of the initial state: the start). */
export interface Trigger {
  type: string;
  at: string;
  data: Record<string, unknown>;
  actor?: Actor;
  /** For an event with a quorum: every person who fired it, in order. */
  approvedBy?: Actor[];
  /** The transition files the event's data sealed (a `fileDocument` with `sealed: true`): nothing of it may show before the opening. */
  sealed?: true;
}

/**
 * The data categories of what an effect may file, computed by the workflow (which holds the
 * definition): of the triggering event's data, with where they are, and of the case's data.
 */
export interface EffectCategories {
  trigger: CategoryMap;
  caseData: string[];
}

/**
 * What an effect activity gets: the effect, its idempotency key and what it needs of the case.
 * `K` narrows the effect to one type (its handler's view, params typed by effectParams.ts).
 */
export interface RunEffectInput<K extends EffectType = EffectType> {
  key: string;
  caseId: string;
  procedure: string;
  version: number;
  authority: string;
  title: LocalizedText;
  seq: number;
  index: number;
  effect: Effect<K>;
  trigger: Trigger;
  parties: Party[];
  /** Role names of the procedure (a `notify` to anything else goes to an outside recipient). */
  roles: string[];
  /** Staff roles and the authority whose staff hold them. */
  staffAuthorities?: Record<string, string>;
  /** Form data of the case so far, per form id. */
  caseData: Record<string, Record<string, unknown>>;
  /** The projection and audit record of the transition, written before the effect. */
  record?: TransitionRecord;
  /** Categories of the data documents are made of; missing from workflows older than them. */
  categories?: EffectCategories;
  /** The document or notification template the effect names (renderDocument, notify). */
  template?: EffectTemplate;
}

/** Sends an e-mail with a stable Message-ID (see workers/mail). */
export interface MailSender {
  send(mail: { to: string; subject: string; text: string; html?: string; messageId: string }): Promise<unknown>;
}

/** What the effect handlers need from the outside world. */
export interface EffectDeps {
  store: Store;
  /** The authority's seal (development PKI or an external signer). */
  signerFor(authority: string): Promise<Signer>;
  /** The installation's sealing key: seals documents filed sealed and opens them at the opening. */
  sealer: DocumentSealer;
  mailer?: MailSender;
  /** The installation's authorities (name, address, state); the id is shown for one missing. */
  authorities?: Authorities;
}

/** One effect type's implementation; it must be idempotent on `input.key`. */
export type EffectHandler<K extends EffectType = EffectType> = (input: RunEffectInput<K>, deps: EffectDeps) => Promise<unknown>;

/** The name of an authority in a language, as documents and mails show it (its id when unknown). */
export function authorityName(deps: Pick<EffectDeps, 'authorities'>, id: string, language: 'de' | 'en' = 'de'): string {
  return deps.authorities?.[id]?.name[language] ?? id;
}
