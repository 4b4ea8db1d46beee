import { GERMAN_STATES } from '../../engine/index.js';
import type { JsonSchema } from '../http/RouteSpec.js';

/** `?purpose=` — staff state why they read (required for staff, checked by the handler). */
export const purposeQuery = {
  type: 'object', additionalProperties: false,
  properties: { purpose: { type: 'string', minLength: 3, maxLength: 300 } },
} satisfies JsonSchema;

/** `GET /api/cases`: filters, order and page; `view`, `assignee` and the received range are for staff. */
export const caseListQuery: JsonSchema = {
  type: 'object', additionalProperties: false, properties: {
    procedure: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' },
    state: { type: 'string', maxLength: 200 },
    deadlineBefore: { type: 'string', format: 'date-time', description: 'cases with a running deadline due at or before this instant' },
    receivedFrom: { type: 'string', format: 'date-time', description: 'staff: received (submitted) at or after' },
    receivedTo: { type: 'string', format: 'date-time', description: 'staff: received (submitted) before' },
    assignee: { type: 'string', pattern: '^[A-Za-z0-9._:@-]{1,255}$', description: 'staff: `me`, `none` or a colleague\'s sub' },
    view: { enum: ['mine', 'group', 'all'], description: 'staff: `mine` = assigned to me; `group` = the state waits for my authority (a role of mine can act); `all` (default)' },
    sort: { enum: ['deadline', 'received', 'updated'], description: 'default: `deadline` (nearest legal deadline first) for staff, `updated` for citizens' },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,2}$' },
    offset: { type: 'string', pattern: '^[0-9]{1,6}$' },
  },
};

const actorSchema = { type: 'object', required: ['id', 'role'], properties: { id: { type: 'string' }, role: { type: 'string' } } };

/** The case view (query `view` of caseWorkflow). */
export const caseViewSchema: JsonSchema = {
  type: 'object', required: ['id', 'procedure', 'version', 'authority', 'state', 'status', 'accepts', 'deadlines', 'history', 'parties', 'approvals', 'failures', 'pendingEffects', 'seq'],
  properties: {
    id: { type: 'string', format: 'uuid' }, procedure: { type: 'string' }, version: { type: 'integer' }, authority: { type: 'string' },
    state: {}, status: { enum: ['active', 'done', 'error', 'stopped'] },
    calendar: {
      type: 'object', description: 'How the case counts its deadlines: as Fristen (§§ 187–193 BGB) with the public holidays of `state` (nationwide ones only without); absent: exact periods (a case started before Fristen were counted)',
      properties: { state: { type: 'string', enum: [...GERMAN_STATES] } },
    },
    accepts: { type: 'array', items: { type: 'object', required: ['type', 'by'], properties: { type: { type: 'string' }, by: { type: 'array', items: { type: 'string' } } } } },
    deadlines: {
      type: 'array', items: {
        type: 'object', required: ['id', 'dueAt', 'event'], properties: {
          id: { type: 'string' }, dueAt: { type: 'string', format: 'date-time' }, event: { type: 'object', required: ['type'], properties: { type: { type: 'string' } } },
          extended: {
            type: 'object', required: ['previousDueAt', 'reason', 'by', 'at'], description: 'set once the deadline was extended (§ 42a (2) VwVfG: once, with a reason)',
            properties: { previousDueAt: { type: 'string', format: 'date-time' }, reason: { type: 'string' }, by: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
          },
        },
      },
    },
    history: {
      type: 'array', items: {
        type: 'object', required: ['seq', 'type', 'at'],
        properties: { seq: { type: 'integer' }, type: { type: 'string' }, at: { type: 'string', format: 'date-time' }, actor: actorSchema, approvedBy: { type: 'array', items: actorSchema }, from: {}, to: {} },
      },
    },
    parties: { type: 'array', items: { type: 'object', required: ['id', 'role'], properties: { id: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } } } },
    approvals: {
      type: 'array', description: 'Events that several persons must fire (quorum), fired by some of them so far',
      items: { type: 'object', required: ['type', 'by', 'at'], properties: { type: { type: 'string' }, by: { type: 'array', items: { type: 'string' } }, at: { type: 'string', format: 'date-time' } } },
    },
    failures: { type: 'array', description: 'Effects that failed for good; the case went on without them', items: { type: 'object', required: ['key', 'type', 'message'], properties: { key: { type: 'string' }, type: { type: 'string' }, message: { type: 'string' } } } },
    pendingEffects: { type: 'integer' }, seq: { type: 'integer' },
    personalDataDeleted: { type: 'boolean', description: 'Set on a closed case whose retention has run: its personal data was deleted (parties and actors show `deleted`), its e-file went to the archive' },
  },
};

const preferenceFields = {
  channels: { type: 'array', uniqueItems: true, minItems: 1, items: { enum: ['portal', 'email', 'postal'] } },
  email: { type: 'string', format: 'email', maxLength: 254 }, language: { enum: ['de', 'en'] }, notifyOnAccess: { type: 'boolean' },
  postalAddress: { type: 'object', additionalProperties: { type: 'string', maxLength: 200 }, maxProperties: 8 },
};

/** A citizen's choice of channels, language and notice on access (`PUT /api/me/preferences`); omitted fields take the defaults. */
export const preferencesBody: JsonSchema = { type: 'object', required: ['channels'], additionalProperties: false, properties: preferenceFields };

/** A citizen's preferences as stored, or the defaults (the answer of `GET` and `PUT /api/me/preferences`). */
export const preferencesView: JsonSchema = {
  type: 'object', required: ['subject', 'channels', 'email', 'language', 'notifyOnAccess', 'postalAddress'],
  properties: {
    subject: { type: 'string' }, ...preferenceFields,
    email: { anyOf: [preferenceFields.email, { type: 'null' }] }, postalAddress: { anyOf: [preferenceFields.postalAddress, { type: 'null' }] },
  },
};

/** The one error shape of the API. */
export const errorSchema: JsonSchema = {
  type: 'object', required: ['status', 'code', 'message'],
  properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, details: {} },
};
