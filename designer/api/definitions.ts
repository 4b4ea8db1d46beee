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
  return (await callJson<{ id: string; version: number; etag: string }>('POST', '/api/definitions', content)).body;
}

/** Saves the draft over the revision `etag` names; 412 `draft-changed` when someone saved since. */
export async function saveDraft(id: string, content: JsonObject, etag: string): Promise<{ etag: string }> {
  return (await callJson<{ etag: string }>('PUT', at(id), content, { 'If-Match': etag })).body;
}

/** Asks to publish the saved draft (four eyes: another designer approves). */
export const requestPublish = async (id: string) => (await callJson<PublishAnswer>('POST', `${at(id)}/publish`)).body;

/** Approves the version awaiting publication, naming the content reviewed. */
export const approve = async (id: string, sha256: string) => (await callJson<PublishAnswer>('POST', `${at(id)}/approve`, { sha256 })).body;
