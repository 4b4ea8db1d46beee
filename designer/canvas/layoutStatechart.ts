import elkApi from 'elkjs/lib/elk-api.js';
import type { ELK } from 'elkjs/lib/elk-api.js';
// ELK's worker as a bundled asset of this origin: the CSP allows workers from 'self' only, and
// a layout of a few hundred states must not block the page's main thread.
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { generateStatechart } from './generateStatechart.js';
import { placementsFromElk, toElkGraph } from '../../engine/index.js';
import type { Placements, ProcedureConfig } from '../../engine/index.js';

let elk: ELK | undefined;

/** How long the last layout took from request to answer (worker start-up if still loading, ELK, copying the graph). */
export const layoutTiming = { roundTripMs: 0 };

/**
 * Starts ELK's worker (cheap to call again). A stored layout needs no ELK in the browser: the
 * server lays a version out when it is saved, so the worker starts only for a layout that the
 * server could not make, or when the procedures list warms it up. Only the layered algorithm is
 * registered: the worker sets up nothing else.
 */
function startLayoutWorker(): void {
  // A CommonJS module whose `default` is itself: the same constructor under Node's and Vite's interop.
  elk ??= new elkApi.default({ workerUrl: elkWorkerUrl, algorithms: ['layered'] });
}

let warming: Promise<unknown> | undefined;

/**
 * Starts ELK's worker and lets it lay out a small generated statechart (compound and parallel
 * states, guarded and timed edges) once, so that the browser has compiled ELK's layered code
 * before a procedure is opened: on this machine a first layout of 300 states in a cold worker takes
 * about twice as long as in a warm one (`npm run bench:designer`). The designer calls it from the
 * procedures list when the browser is idle; a layout asked for meanwhile queues behind it.
 */
export function warmLayoutWorker(): Promise<unknown> {
  startLayoutWorker();
  warming ??= elk!.layout(toElkGraph(generateStatechart(40))).catch(() => undefined);
  return warming;
}

/** Lays a statechart out with ELK layered in a web worker (one worker, started on first use). */
export async function layoutStatechart(definition: ProcedureConfig): Promise<Placements> {
  startLayoutWorker();
  const graph = toElkGraph(definition);
  const asked = performance.now();
  const laidOut = await elk!.layout(graph);
  layoutTiming.roundTripMs = performance.now() - asked;
  return placementsFromElk(laidOut);
}
