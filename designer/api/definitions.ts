import { ApiError, idempotencyKey } from '../../ui/index.js';
import type { DefinitionResult } from '../../engine/index.js';
import type { JsonObject } from '../model/index.js';
import { callJson } from './http.js';

/** A stored version of a definition (`GET /api/definitions/:id`). */
export interface DefinitionVersion {
  id: string;
  version: number;
  status: 'draft' | 'pending' | 'published';
  author: string;
  createdAt: string;
  publishedAt: string | null;
  publishRequestedBy: string | null;
  approvals: string[];
  publishedBy: string | null;
  revision: number;
  content: JsonObject;
  sha256: string;
}

/** One version in the list of all definitions (without content). */
export type VersionSummary = Omit<DefinitionVersion, 'content' | 'sha256'>;

/** The versions of one definition and the ETag of its draft (when it has one). */
export interface DefinitionVersions {
  versions: DefinitionVersion[];
  etag: string | null;
}

/** What the server answers to publishing or approving. */
export interface PublishAnswer {
  id: string;
  version: number;
  status: 'pending' | 'published';
  approvalsNeeded: number;
  sha256: string;
}

/** The header that makes a POST safe to repeat (the server replays the first answer). */
const once = () => ({ 'Idempotency-Key': idempotencyKey() });

const at = (id: string) => `/api/definitions/${encodeURIComponent(id)}`;

/** Every version of every definition. */
export const listVersions = async () => (await callJson<VersionSummary[]>('GET', '/api/definitions')).body;

/** The versions of one definition with its draft's ETag. */
export async function loadVersions(id: string): Promise<DefinitionVersions> {
  const res = await callJson<DefinitionVersion[]>('GET', at(id));
  return { versions: res.body, etag: res.headers.get('ETag') };
}

/** Creates a draft (the next version); answers its ETag. */
export async function createDraft(content: JsonObject): Promise<{ id: string; version: number; etag: string }> {
  return (await callJson<{ id: string; version: number; etag: string }>('POST', '/api/definitions', content, once())).body;
}

/** Saves the draft over the revision `etag` names; 412 `draft-changed` when someone saved since. */
export async function saveDraft(id: string, content: JsonObject, etag: string): Promise<{ etag: string }> {
  return (await callJson<{ etag: string }>('PUT', at(id), content, { 'If-Match': etag })).body;
}

/** Asks to publish the saved draft (four eyes: another designer approves). */
export const requestPublish = async (id: string) => (await callJson<PublishAnswer>('POST', `${at(id)}/publish`, undefined, once())).body;

/** Approves the version awaiting publication, naming the content reviewed. */
export const approve = async (id: string, sha256: string) => (await callJson<PublishAnswer>('POST', `${at(id)}/approve`, { sha256 }, once())).body;

/** The newest published version of a procedure (catalogue file or published draft); undefined when none. */
export async function loadPublished(id: string): Promise<{ version: number; content: JsonObject } | undefined> {
  try {
    const content = (await callJson<JsonObject>('GET', `/api/procedures/${encodeURIComponent(id)}`)).body;
    return { version: Number(content.version), content };
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return undefined;
    throw e;
  }
}

/** A published procedure in the catalogue list (`GET /api/procedures`). */
export interface CatalogueEntry {
  id: string;
  version: number;
  title: { de: string; en: string };
}

/** The newest published version of every procedure. */
export const listPublished = async () => (await callJson<CatalogueEntry[]>('GET', '/api/procedures')).body;

/** The engine's findings on a definition as edited, checked by the server without saving it. */
export const checkOnServer = async (content: JsonObject) => (await callJson<DefinitionResult>('POST', '/api/definition-checks', content)).body;
