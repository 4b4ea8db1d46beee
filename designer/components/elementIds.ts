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
    case 'event': return { row: eventRowId(target.name), field: `${eventRowId(target.name)}-${EVENT_FIELDS[target.field ?? ''] ?? 'title'}` };
    case 'role': return { row: roleRowId(target.name), field: `${roleRowId(target.name)}-${ROLE_FIELDS[target.field ?? ''] ?? 'de'}` };
    default: return target.field && SETTING_FIELDS.has(target.field) ? { row: 'settings', field: `set-${target.field}` } : undefined;
  }
}
