import type { JsonObject } from './json.js';

/**
 * A new procedure that validates: a citizen submits, the case ends. The designer builds on it;
 * `authority` is the ministry's default until the designer names the one responsible.
 */
export function procedureSkeleton(id: string, title: { de: string; en: string }, authority: string, legalBasis: string): JsonObject {
  return {
    id, version: 1, title, authority, legalBasis,
    roles: { applicant: { kind: 'citizen' }, clerk: { kind: 'staff' } },
    events: { SUBMIT: { by: ['applicant'], title: { de: 'Absenden', en: 'Submit' } } },
    machine: {
      initial: 'entwurf',
      states: {
        entwurf: { meta: { title: { de: 'Entwurf', en: 'Draft' } }, on: { SUBMIT: 'eingereicht' } },
        eingereicht: { meta: { title: { de: 'Eingereicht', en: 'Submitted' } }, type: 'final' },
      },
    },
    retention: 'P2Y',
  };
}
