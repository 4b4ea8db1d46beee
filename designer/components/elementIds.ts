import type { PointerTarget, TransitionRef } from '../model/index.js';

const slug = (s: string) => s.replace(/[^A-Za-z0-9]/g, '_');
const triggerSlug = (ref: TransitionRef) => (ref.trigger.kind === 'event' ? `on-${slug(ref.trigger.event)}` : ref.trigger.kind === 'after' ? `after-${slug(ref.trigger.delay)}` : 'always');

/** The id of a state's row in the state tree; fields append `-name`, `-title`, `-type`, `-parent`. */
export const stateRowId = (id: string) => `st-${slug(id)}`;

/** The id of a transition's row in the table; fields append `-target`, `-guard`, `-trigger`. */
export const transitionRowId = (ref: TransitionRef) => `tr-${slug(ref.source)}-${triggerSlug(ref)}-${ref.index}`;

/** The id of an event's row in the event list; fields append `-title`, `-by-<role>`, `-form`, `-signature`, `-keepData`, `-quorum`. */
export const eventRowId = (name: string) => `ev-${slug(name)}`;

/** The id of a role's row; fields append `-kind`, `-de`, `-en`, `-description-de`, `-authority`, `-joinable`. */
export const roleRowId = (name: string) => `role-${name}`;

/** The id of an external recipient's row; fields append `-de`, `-en` (its title), `-legalBasis`. */
export const recipientRowId = (name: string) => `rcp-${slug(name)}`;

/** The id of a consent purpose's row; fields append `-de`, `-en` (its title). */
export const consentPurposeRowId = (id: string) => `cp-${slug(id)}`;

/** The id of a life situation's row in the settings (by its index); fields append `-de`, `-en`, `-up`, `-down`, `-remove`. */
export const lifeSituationRowId = (index: number) => `ls-${index}`;

/** The field of a German/English title a finding below it is about (`title/en`, `en`: the English one). */
const languageOf = (field: string | undefined) => (field === 'en' || field?.endsWith('/en') ? 'en' : 'de');

/** Findings about a whole list (a name the rules refuse, repeated entries): the element that takes focus. */
const LIST_FIELDS: Record<string, { row: string; field: string }> = {
  recipients: { row: 'recipients-title', field: 'recipients-title' },
  consentPurposes: { row: 'consent-purposes-title', field: 'consent-purposes-title' },
  lifeSituations: { row: 'life-situations', field: `${lifeSituationRowId(0)}-de` },
};

const SETTING_FIELDS = new Set(['title', 'legalBasis', 'authority', 'retention', 'description', 'authorityTitle', 'fee', 'assuranceLevel', 'leika']);
const TRANSITION_FIELDS: Record<string, string> = { guard: 'guard', target: 'target' };
const EVENT_FIELDS: Record<string, string> = { title: 'title', form: 'form', signature: 'signature', keepData: 'keepData', quorum: 'quorum' };
const ROLE_FIELDS: Record<string, string> = { kind: 'kind', title: 'de', description: 'description-de', authority: 'authority', joinable: 'joinable' };
const STATE_FIELDS: Record<string, string> = { type: 'type', meta: 'title', initial: 'type', states: 'type' };

/** The row a finding is about and the field in it that takes focus. */
export function elementFor(target: PointerTarget): { row: string; field: string } | undefined {
  switch (target.kind) {
    case 'state': return { row: stateRowId(target.id), field: `${stateRowId(target.id)}-${STATE_FIELDS[target.field ?? ''] ?? 'name'}` };
    case 'transition': {
      const row = transitionRowId(target.ref);
      const field = TRANSITION_FIELDS[target.field ?? ''] ?? (target.ref.trigger.kind === 'event' ? 'target' : 'trigger');
      return { row, field: `${row}-${field}` };
    }
    case 'effect': {
      // A parameter's field in the effect's generated form (`effect_to`), which the effects panel opens for it; else the effect's heading.
      const param = target.field?.startsWith('params/') ? target.field.split('/')[1] : undefined;
      return { row: `effect-${target.index}`, field: param ? `effect_${param}` : `effect-${target.index}-title` };
    }
    case 'event': return { row: eventRowId(target.name), field: `${eventRowId(target.name)}-${EVENT_FIELDS[target.field ?? ''] ?? 'title'}` };
    case 'role': return { row: roleRowId(target.name), field: `${roleRowId(target.name)}-${ROLE_FIELDS[target.field ?? ''] ?? 'de'}` };
    case 'recipient': {
      const row = recipientRowId(target.name);
      return { row, field: `${row}-${target.field === 'legalBasis' ? 'legalBasis' : languageOf(target.field)}` };
    }
    case 'consentPurpose': return { row: consentPurposeRowId(target.id), field: `${consentPurposeRowId(target.id)}-${languageOf(target.field)}` };
    case 'lifeSituation': return { row: lifeSituationRowId(target.index), field: `${lifeSituationRowId(target.index)}-${languageOf(target.field)}` };
    default:
      if (target.field && SETTING_FIELDS.has(target.field)) return { row: 'settings', field: `set-${target.field}` };
      return target.field && Object.hasOwn(LIST_FIELDS, target.field) ? LIST_FIELDS[target.field] : undefined;
  }
}
