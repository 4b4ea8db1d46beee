// The Datencockpit's calls to `/api/me/*`. Routes without a response schema yet are cast to the
// local types below (they mirror server/routes/meRoutes.ts); replace them by the generated types
// once the routes declare their answers.
import { useQuery } from '@tanstack/react-query';
import { api, idempotencyKey, unwrap } from '../../../ui/index.js';

/** A message in the citizen's portal inbox. */
export interface InboxMessage {
  id: string;
  caseId: string;
  template: string;
  subject: string;
  body: string;
  documentId: string | null;
  createdAt: string;
}

/** One read of the citizen's data by staff (`GET /api/me/access-log`). */
export interface AccessEntry {
  seq: number;
  at: string;
  authority: string;
  officer: string;
  purpose: string;
  categories: string[];
  caseId: string;
}

/** A consent request to the citizen with its status. */
export interface Consent {
  id: string;
  caseId: string;
  authority: string;
  categories: string[];
  purpose: string;
  note: string | null;
  officer: string | null;
  duration: string;
  status: 'open' | 'granted' | 'refused' | 'revoked';
  createdAt: string;
  decidedAt: string | null;
  expiresAt: string | null;
}

/** What one authority holds about the citizen: its cases, each with where it is stored. */
export interface AuthorityHoldings {
  authority: string;
  cases: { case: string; procedure: string; state: string; data: string; documents: string }[];
}

/** The citizen's channels, language and notice on access. */
export interface Preferences {
  channels: ('portal' | 'email' | 'postal')[];
  email: string | null;
  language: 'de' | 'en';
  notifyOnAccess: boolean;
  postalAddress: Record<string, string> | null;
}

/** A decision on a consent request. */
export type ConsentDecision = 'grant' | 'refuse' | 'revoke';

/** The inbox, newest first. */
export function useInbox(enabled: boolean) {
  return useQuery({ queryKey: ['me', 'inbox'], enabled, queryFn: async () => (await unwrap(api.GET('/api/me/inbox'))) as unknown as InboxMessage[] });
}

/** The access log, newest first (the server answers in chain order). */
export function useAccessLog(enabled: boolean) {
  return useQuery({
    queryKey: ['me', 'access-log'], enabled,
    queryFn: async () => ((await unwrap(api.GET('/api/me/access-log'))) as unknown as AccessEntry[]).toSorted((a, b) => b.seq - a.seq),
  });
}

/** Consent requests, open ones first, then newest first. */
export function useConsents(enabled: boolean) {
  return useQuery({
    queryKey: ['me', 'consents'], enabled,
    queryFn: async () => ((await unwrap(api.GET('/api/me/consents'))) as unknown as Consent[])
      .toSorted((a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.createdAt.localeCompare(a.createdAt)),
  });
}

/** What each authority holds about the citizen. */
export function useMyData(enabled: boolean) {
  return useQuery({ queryKey: ['me', 'data'], enabled, queryFn: async () => (await unwrap(api.GET('/api/me/data'))) as unknown as AuthorityHoldings[] });
}

/** The citizen's preferences (the defaults until they choose). */
export function usePreferences(enabled: boolean) {
  return useQuery({ queryKey: ['me', 'preferences'], enabled, queryFn: async () => (await unwrap(api.GET('/api/me/preferences'))) as Preferences });
}

/** Grants, refuses or revokes a consent request; `key` is the Idempotency-Key of this one decision. */
export async function decideConsent(id: string, decision: ConsentDecision, key = idempotencyKey()) {
  const call = api.POST('/api/me/consents/{id}', { params: { path: { id }, header: { 'Idempotency-Key': key } }, body: { decision } });
  return (await unwrap(call)) as { id: string; status: Consent['status']; expiresAt: string | null };
}

/** Stores the citizen's preferences and answers them as stored. */
export async function savePreferences(prefs: PreferencesInput) {
  return (await unwrap(api.PUT('/api/me/preferences', { body: prefs }))) as Preferences;
}

/** What the settings form sends: channels, and the rest when chosen. */
export interface PreferencesInput {
  channels: Preferences['channels'];
  email?: string;
  language: Preferences['language'];
  notifyOnAccess: boolean;
  postalAddress?: Record<string, string>;
}
