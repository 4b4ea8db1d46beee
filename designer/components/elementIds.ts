import type { PointerTarget, TransitionRef } from '../model/index.js';

const slug = (s: string) => s.replace(/[^A-Za-z0-9]/g, '_');
const triggerSlug = (ref: TransitionRef) => (ref.trigger.kind === 'event' ? `on-${slug(ref.trigger.event)}` : ref.trigger.kind === 'after' ? `after-${slug(ref.trigger.delay)}` : 'always');

/** The id of a state's row in the state tree; fields append `-name`, `-title`, `-type`, `-parent`. */
export const stateRowId = (id: string) => `st-${slug(id)}`;

/** The id of a transition's row in the table; fields append `-target`, `-guard`, `-trigger`. */
export const transitionRowId = (ref: TransitionRef) => `tr-${slug(ref.source)}-${triggerSlug(ref)}-${ref.index}`;

/** The id of an event's row in the event list; fields append `-title`, `-by`. */
export const eventRowId = (name: string) => `ev-${slug(name)}`;

const SETTING_FIELDS = new Set(['title', 'legalBasis', 'authority', 'retention', 'description', 'authorityTitle', 'fee', 'assuranceLevel', 'leika']);
const TRANSITION_FIELDS: Record<string, string> = { guard: 'guard', target: 'target' };
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
    case 'event': return { row: eventRowId(target.name), field: `${eventRowId(target.name)}-title` };
    default: return target.field && SETTING_FIELDS.has(target.field) ? { row: 'settings', field: `set-${target.field}` } : undefined;
  }
}
