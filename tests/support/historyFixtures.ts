// Replay fixtures: workflow histories of every catalogue procedure's paths, captured from a
// release (`npm run fixtures:capture`) and replayed against the current workflow code in
// `npm test` (tests/unit/replayFixtures.test.ts). Payloads are stored decoded (plain JSON of
// synthetic sample data): the capture removes the suite's throw-away encryption, so replay needs
// no key and runs without a payload codec.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PayloadCodec } from '@temporalio/common';
import { JSONToPayload, historyFromJSON, historyToJSON, payloadToJSON } from '@temporalio/common/lib/proto-utils.js';
import type { History, JSONPayload } from '@temporalio/common/lib/proto-utils.js';
import { projectRoot } from '../../scripts/index.js';

/**
 * Folder of the fixtures: one folder per captured release (`v0.1.0/`), each with `manifest.json`
 * and `<procedure>/<path>.json`. A release's histories stay as long as cases it started may
 * still run: the current code must replay all of them.
 */
export const historiesDir = join(projectRoot, 'tests/fixtures/histories');

/** The releases with captured histories, oldest name first. */
export function fixtureReleases(): string[] {
  return readdirSync(historiesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(historiesDir, e.name, 'manifest.json'))).map((e) => e.name).sort();
}

/** One captured case. */
export interface FixtureEntry {
  release: string;
  procedure: string;
  version: number;
  /** The path's name (its events), also the file name. */
  path: string;
  /** Relative to the release's folder. */
  file: string;
  workflowId: string;
  /** The case's events in order (deadline events as the case named them). */
  events: string[];
  final: string;
  /** Deadlines the path fires, shortened for the capture: catalogue event → event in this case. */
  shortenedDeadlines?: Record<string, string>;
  bytes: number;
}

/** What `manifest.json` holds. */
export interface FixtureManifest {
  /** Commit and package version the histories were captured from (`-dirty` when the tree had changes). */
  commit: string;
  /** The last commit that changed workflows/ or engine/ (the code a replay runs) before the capture. */
  workflowCodeCommit: string;
  codeVersion: string;
  temporalSdk: string;
  capturedAt: string;
  payloads: 'decoded';
  entries: FixtureEntry[];
}

/** Reads the manifest of one release's fixtures. */
export function readManifest(release: string): FixtureManifest {
  return JSON.parse(readFileSync(join(historiesDir, release, 'manifest.json'), 'utf8')) as FixtureManifest;
}

/** The history of one fixture, ready for `Worker.runReplayHistories`. */
export function readFixtureHistory(entry: FixtureEntry): History {
  return historyFromJSON(JSON.parse(readFileSync(join(historiesDir, entry.release, entry.file), 'utf8')));
}

const ENCRYPTED = Buffer.from('binary/encrypted').toString('base64');

function isEncrypted(node: unknown): node is JSONPayload {
  return !!node && typeof node === 'object' && (node as JSONPayload).metadata?.encoding === ENCRYPTED;
}

/** Replaces every encrypted payload in a JSON history (any depth) by its decoded form. */
async function decodeNode(node: unknown, codec: PayloadCodec): Promise<unknown> {
  if (isEncrypted(node)) return payloadToJSON((await codec.decode([JSONToPayload(node)]))[0]!);
  if (Array.isArray(node)) return Promise.all(node.map((n) => decodeNode(n, codec)));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = await decodeNode(value, codec);
  return out;
}

/** A fetched history as fixture JSON: the Temporal CLI's JSON form, payloads decoded. */
export async function historyFixtureJson(history: History, codec: PayloadCodec): Promise<string> {
  const decoded = await decodeNode(JSON.parse(historyToJSON(history)), codec);
  const text = JSON.stringify(decoded);
  if (text.includes(ENCRYPTED)) throw new Error('an encrypted payload is left in the history');
  return text;
}
