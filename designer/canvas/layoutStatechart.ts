import elkApi from 'elkjs/lib/elk-api.js';
import type { ELK } from 'elkjs/lib/elk-api.js';
// ELK's worker as a bundled asset of this origin: the CSP allows workers from 'self' only, and
// a layout of a few hundred states must not block the page's main thread.
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ProcedureConfig } from '../../engine/index.js';
import { placementsFromElk, toElkGraph } from './toFlow.js';
import type { Placements } from './toFlow.js';

let elk: ELK | undefined;

/** Lays a statechart out with ELK layered in a web worker (one worker, started on first use). */
export async function layoutStatechart(definition: ProcedureConfig): Promise<Placements> {
  // A CommonJS module whose `default` is itself: the same constructor under Node's and Vite's interop.
  elk ??= new elkApi.default({ workerUrl: elkWorkerUrl });
  return placementsFromElk(await elk.layout(toElkGraph(definition)));
}
