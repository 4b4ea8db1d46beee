import { defaultPreference } from '../../store/index.js';
import type { ConsentRecord } from '../../store/index.js';
import type { AppDeps } from '../AppDeps.js';
import { DEFAULT_CONSENT_MAX_DURATION, consentDurationMs } from '../access/consentDuration.js';
import { HttpError } from '../HttpError.js';
import { defineRoute } from '../http/RouteSpec.js';
import { accessLogEntry, arrayOf, consent, consentDecision, heldData, inboxMessage } from './responses.js';
import { preferencesBody, preferencesView } from './schemas.js';

/** The citizen's own view: inbox, what authorities hold, who accessed it, consents, preferences. */
export function meRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get', path: '/api/me/inbox', tag: 'me', access: 'citizen', summary: 'My portal inbox', response: arrayOf(inboxMessage),
      async handler({ principal }) {
        return (await deps.store.inboxOf(principal!.sub)).map(({ id, caseId, template, subject, body, documentId, createdAt }) =>
          ({ id, caseId, template, subject, body, documentId, createdAt }));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/me/data', tag: 'me', access: 'citizen',
      summary: 'What each authority holds about me, each entry linking to where it is stored (nothing is copied)', response: arrayOf(heldData),
      async handler({ principal }) {
        const { items } = await deps.store.listCases({ party: principal!.sub, limit: 200, offset: 0 });
        const byAuthority = new Map<string, unknown[]>();
        for (const c of items) {
          const list = byAuthority.get(c.authority) ?? [];
          list.push({ case: c.id, procedure: c.procedure, state: c.state, data: `/api/cases/${c.id}/data`, documents: `/api/cases/${c.id}/efile/export` });
          byAuthority.set(c.authority, list);
        }
        return [...byAuthority].map(([authority, cases]) => ({ authority, cases }));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/me/access-log', tag: 'me', access: 'citizen', summary: 'Every read of my data by an authority', response: arrayOf(accessLogEntry),
      async handler({ principal }) {
        return (await deps.store.accessLogOf(principal!.sub)).map(({ seq, at, authority, officer, purpose, categories, caseId, hash }) =>
          ({ seq, at, authority, officer, purpose, categories, caseId, hash }));
      },
    }),
    defineRoute({
      method: 'get', path: '/api/me/consents', tag: 'me', access: 'citizen', summary: 'Consent requests to me, with their status', response: arrayOf(consent),
      async handler({ principal }) {
        return deps.store.consentsOf({ subject: principal!.sub });
      },
    }),
    defineRoute<{ decision: 'grant' | 'refuse' | 'revoke' }, ConsentRecord>({
      method: 'post', path: '/api/me/consents/:id', tag: 'me', access: 'citizen', params: { id: 'uuid' }, idempotent: true,
      summary: 'Grant, refuse or revoke a consent request (a revocation takes effect at once)', response: consentDecision,
      body: { type: 'object', required: ['decision'], additionalProperties: false, properties: { decision: { enum: ['grant', 'refuse', 'revoke'] } } },
      async authorize({ principal, params }) {
        const consent = await deps.store.getConsent(params.id!);
        if (!consent || consent.subject !== principal!.sub) throw new HttpError(404, 'consent-not-found', 'No such consent request');
        return consent;
      },
      async handler({ body, authorized: consent }) {
        const allowed = { grant: ['open'], refuse: ['open'], revoke: ['granted'] }[body.decision];
        if (!allowed.includes(consent.status)) throw new HttpError(409, 'consent-state', `Cannot ${body.decision} a consent that is ${consent.status}`);
        const status = ({ grant: 'granted', refuse: 'refused', revoke: 'revoked' } as const)[body.decision];
        const now = new Date();
        // A request longer than the installation allows (from a definition's requestConsent, or
        // made before the maximum) cannot be granted; the citizen may refuse it.
        const expiresAt = status === 'granted' ? new Date(now.getTime() + consentDurationMs(consent.duration, deps.consentMaxDuration ?? DEFAULT_CONSENT_MAX_DURATION, now)) : null;
        await deps.store.decideConsent(consent.id, status, expiresAt);
        return { id: consent.id, status, expiresAt };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/me/preferences', tag: 'me', access: 'citizen', summary: 'My channels, language and notification on every access (the defaults until I choose)',
      response: preferencesView,
      async handler({ principal }) {
        const { subject, channels, email, language, notifyOnAccess, postalAddress } = (await deps.store.getPreference(principal!.sub)) ?? defaultPreference(principal!.sub);
        return { subject, channels, email, language, notifyOnAccess, postalAddress };
      },
    }),
    defineRoute<{ channels: ('portal' | 'email' | 'postal')[]; email?: string; language?: 'de' | 'en'; notifyOnAccess?: boolean; postalAddress?: Record<string, string> }>({
      method: 'put', path: '/api/me/preferences', tag: 'me', access: 'citizen', summary: 'My channels (postal only when chosen), language, notification on every access',
      body: preferencesBody, response: preferencesView,
      async handler({ principal, body }) {
        if (body.channels.includes('email') && !body.email) throw new HttpError(422, 'email-required', 'Choosing e-mail needs an address');
        if (body.channels.includes('postal') && !body.postalAddress) throw new HttpError(422, 'address-required', 'Choosing postal delivery needs an address');
        const pref = { ...defaultPreference(principal!.sub), ...body };
        await deps.store.setPreference(pref);
        return pref;
      },
    }),
  ];
}
