import { FILE_REF_PREFIX, dataUrlOf, parseFileRef } from '../engine/index.js';
import type { FileRef } from '../engine/index.js';
import type { Store } from '../store/index.js';
import type { RunEffectInput } from './effects/index.js';

/** Every file reference in `value` (strings of the server's form, engine fileRef.ts). */
function refsIn(value: unknown, found: FileRef[] = []): FileRef[] {
  if (typeof value === 'string') {
    const ref = value.startsWith(FILE_REF_PREFIX) ? parseFileRef(value) : undefined;
    if (ref) found.push(ref);
  } else if (value && typeof value === 'object') Object.values(value).forEach((v) => refsIn(v, found));
  return found;
}

/** `value` with every file reference replaced by its data URL (`contents`: base64 by hash). */
function replaceRefs(value: unknown, contents: Map<string, string>): unknown {
  if (typeof value === 'string') {
    const ref = value.startsWith(FILE_REF_PREFIX) ? parseFileRef(value) : undefined;
    return ref ? dataUrlOf(ref, contents.get(ref.sha256)!) : value;
  }
  if (Array.isArray(value)) return value.map((v) => replaceRefs(v, contents));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: replaceRefs(v, contents), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/**
 * An effect's input as its handler expects it: the files the workflow carries by reference
 * (the trigger's data and the case's data) read back from PostgreSQL as the data URLs the
 * citizen sent. A reference without its file is a broken store: thrown, so Temporal retries.
 */
export async function resolveFormFiles(input: RunEffectInput, store: Store): Promise<RunEffectInput> {
  const refs = [...refsIn(input.trigger.data), ...refsIn(input.caseData)];
  if (refs.length === 0) return input;
  const files = await store.formFiles(refs.map((r) => r.sha256));
  const missing = refs.find((r) => !files.has(r.sha256));
  if (missing) throw new Error(`form file ${missing.sha256} is not stored`);
  const contents = new Map([...files].map(([hash, content]) => [hash, content.toString('base64')]));
  return {
    ...input,
    trigger: { ...input.trigger, data: replaceRefs(input.trigger.data, contents) as Record<string, unknown> },
    caseData: replaceRefs(input.caseData, contents) as RunEffectInput['caseData'],
  };
}
