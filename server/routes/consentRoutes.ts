import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../AppDeps.js';
import { caseAccess, staffRoles } from '../access/caseAccess.js';
import type { CaseAccess } from '../access/caseAccess.js';
import { DEFAULT_CONSENT_MAX_DURATION, consentDurationMs } from '../access/consentDuration.js';
import { consentPurposes } from '../access/consentPurposes.js';
import { consentRequestMessage } from '../access/consentRequestMessage.js';
import { needsConsent } from '../access/dataCategories.js';
import { plainText } from '../access/plainText.js';
import { HttpError } from '../HttpError.js';
import { consentLimits } from '../http/rateLimits.js';
import { defineRoute } from '../http/RouteSpec.js';
import { consentOpened, consentPurposeList } from './responses.js';

/** Longest note an officer may add to a consent request (characters). */
const NOTE_MAX = 200;

type ConsentRequestBody = { categories: string[]; purpose: string; note?: string; duration: string };

/**
 * `POST /api/cases/:id/consent-requests`: staff ask the citizen for consent to read gated data
 * categories of a case. What reaches the citizen is bounded: categories the procedure gates, a
 * purpose the procedure or installation declares (by id), an optional short plain-text note
 * without links, a duration up to the installation's maximum, and a limited number of requests
 * per officer and per citizen (429).
 */
export function consentRoutes(deps: AppDeps) {
  const maxDuration = deps.consentMaxDuration ?? DEFAULT_CONSENT_MAX_DURATION;
  return [
    defineRoute<unknown, CaseAccess>({
      method: 'get', path: '/api/cases/:id/consent-purposes', tag: 'consent', access: 'staff', params: { id: 'uuid' }, response: consentPurposeList,
      summary: 'The purposes staff may name in a consent request of this case: the installation\'s and those its procedure version declares (no personal data: not logged as a read)',
      async authorize({ principal, params }) {
        const access = await caseAccess(deps, principal!, params.id!);
        if (!staffRoles(access.definition, principal!.authority).length) throw new HttpError(404, 'case-not-found', 'No case');
        return access;
      },
      handler: async ({ authorized: access }) => Object.entries(consentPurposes(access.definition)).map(([id, { title }]) => ({ id, title })),
    }),
    defineRoute<ConsentRequestBody, CaseAccess>({
      method: 'post', path: '/api/cases/:id/consent-requests', tag: 'consent', access: 'staff', params: { id: 'uuid' }, status: 201, idempotent: true, response: consentOpened,
      summary: `Ask the citizen for consent to read gated data categories of the case, for a declared purpose and at most ${maxDuration} (limited per officer and citizen)`,
      body: {
        type: 'object', required: ['categories', 'purpose', 'duration'], additionalProperties: false, properties: {
          categories: { type: 'array', minItems: 1, maxItems: 20, uniqueItems: true, items: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,64}$' } },
          // Any string, so that free text gets the helpful 422 listing the declared purposes.
          purpose: { type: 'string', minLength: 1, maxLength: 500, description: 'id of a purpose the procedure (consentPurposes) or the installation declares' },
          note: { type: 'string', maxLength: 1000, description: `plain text up to ${NOTE_MAX} characters, no links` },
          duration: { type: 'string', pattern: '^P(?:\\d{1,6}[YMWD]){1,4}$' },
        },
      },
      async authorize({ principal, params }) {
        const access = await caseAccess(deps, principal!, params.id!);
        if (!staffRoles(access.definition, principal!.authority).length) throw new HttpError(404, 'case-not-found', 'No case');
        return access;
      },
      async handler({ ctx, principal, body, authorized: access }) {
        const def = access.definition;
        const declared = def.dataCategories ?? {};
        const unknown = body.categories.filter((c) => !Object.hasOwn(declared, c));
        if (unknown.length) throw new HttpError(422, 'unknown-category', `Procedure ${def.id} has no data category ${unknown.join(', ')}`, { categories: unknown });
        const open = body.categories.filter((c) => !needsConsent(def, c));
        if (open.length) throw new HttpError(422, 'category-not-gated', `Reading ${open.join(', ')} needs no consent`, { categories: open });
        const purposes = consentPurposes(def);
        const purpose = Object.hasOwn(purposes, body.purpose) ? purposes[body.purpose]! : undefined;
        if (!purpose) throw new HttpError(422, 'unknown-purpose', `"${body.purpose}" is no declared purpose; choose one of ${Object.keys(purposes).join(', ')}`, { purposes: Object.keys(purposes) });
        const note = body.note === undefined ? null : plainText(body.note, NOTE_MAX);
        if (note && !note.ok) throw new HttpError(422, 'note-invalid', `The note is not usable: ${note.why.en}`, { message: note.why });
        const now = new Date();
        consentDurationMs(body.duration, maxDuration, now);
        const subject = access.record.parties[0]?.id;
        if (!subject) throw new HttpError(409, 'no-party', 'The case has no citizen party to ask');
        const id = randomUUID();
        const opened = await deps.store.openConsentRequest({
          id, caseId: access.record.id, effectKey: null, subject, authority: principal!.authority ?? '', officer: principal!.sub, categories: body.categories,
          purpose: purpose.title.de, note: note?.text ?? null, duration: body.duration, status: 'open', decidedAt: null, expiresAt: null,
        }, consentLimits(deps.rateLimits, now), now);
        if (!opened.opened) {
          const { limit, oldest } = opened;
          const window = limit.per === 'officer' ? 'PT1H' : 'P1D';
          const retryAfter = Math.max(1, Math.ceil((oldest.getTime() - limit.since.getTime()) / 1000));
          ctx.set('Retry-After', String(retryAfter));
          throw new HttpError(429, 'rate-limited', limit.per === 'officer'
            ? `You have asked for ${limit.max} consents within the last hour; try again later`
            : `This citizen has been asked for ${limit.max} consents within the last day; try again later`, { per: limit.per, max: limit.max, window, retryAfter });
        }
        const language = (await deps.store.getPreference(subject))?.language ?? 'de';
        const message = consentRequestMessage({
          authority: principal!.authority ?? '', purpose: purpose.title, note: note?.text ?? null, duration: body.duration,
          categories: body.categories.map((c) => declared[c]?.title ?? { de: c, en: c }),
        }, language);
        await deps.store.addInbox({ id: randomUUID(), recipient: subject, caseId: access.record.id, effectKey: `consent:${id}`, template: 'consentRequested', ...message, documentId: null });
        return { id, status: 'open' };
      },
    }),
  ];
}
