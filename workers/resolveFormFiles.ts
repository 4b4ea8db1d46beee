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
 * Form data an effect gets by hash instead of inline (workflows since `effect-data-by-reference`):
 * the SHA-256 of the triggering event's data as JSON, and per form of the case the hash of the
 * event's data that stored it; the server stored each (form_file) when it accepted the event.
 */
export interface EffectDataRefs {
  trigger?: string;
  caseData: Record<string, string>;
}

/** What the workflow passes to `runEffect`: the handler's input, its form data maybe by hash. */
export type CarriedEffectInput = RunEffectInput & { dataRefs?: EffectDataRefs };

/** The input with form data given by hash read back from PostgreSQL (JSON, as the server stored it). */
async function resolveData(carried: CarriedEffectInput, store: Store): Promise<RunEffectInput> {
  const { dataRefs, ...input } = carried;
  if (!dataRefs) return input;
  const hashes = [...(dataRefs.trigger ? [dataRefs.trigger] : []), ...Object.values(dataRefs.caseData)];
  const stored = await store.formFiles(hashes);
  const json = (hash: string) => {
    const content = stored.get(hash);
    if (!content) throw new Error(`form data ${hash} is not stored`);
    return JSON.parse(content.toString('utf8')) as Record<string, unknown>;
  };
  return {
    ...input,
    trigger: { ...input.trigger, data: dataRefs.trigger ? json(dataRefs.trigger) : input.trigger.data },
    caseData: { ...input.caseData, ...Object.fromEntries(Object.entries(dataRefs.caseData).map(([form, hash]) => [form, json(hash)])) },
  };
}

/**
 * An effect's input as its handler expects it: form data the workflow carries by hash read
 * back, and the files it carries by reference (in the trigger's data and the case's data)
 * as the data URLs the citizen sent. Anything missing is a broken store: thrown, so Temporal retries.
 */
export async function resolveFormFiles(carried: CarriedEffectInput, store: Store): Promise<RunEffectInput> {
  const input = await resolveData(carried, store);
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
