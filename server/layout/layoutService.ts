import { Worker } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { placementsFromElk, toElkGraph } from '../../engine/index.js';
import type { Placements, ProcedureConfig } from '../../engine/index.js';

/** Lays statecharts out on the server, as the designer's canvas would (same graph, same ELK options). */
export interface LayoutService {
  /** The placements of every state of a definition; rejects when ELK fails or takes longer than the time limit. */
  layout(definition: ProcedureConfig): Promise<Placements>;
  /** Starts the worker thread and lays out a small chart once, so that the first real layout finds ELK compiled. */
  warm(): Promise<void>;
  /** Stops the worker thread; layouts still waiting reject. */
  close(): Promise<void>;
}

/** Why a statechart has no layout: it cannot be drawn as it is (a half-edited draft), or ELK failed. */
export class LayoutFailure extends Error {
  constructor(message: string, readonly reason: 'definition' | 'elk') {
    super(message);
  }
}

interface Waiting { resolve(laidOut: ElkNode): void; reject(err: Error): void; timer: NodeJS.Timeout }

/** A chart with a nested and a parallel state, guarded alternatives and a deadline: enough to compile ELK's layered code paths. */
const WARM_UP: ElkNode = toElkGraph({
  id: 'warm-up', version: 1, title: 'warm-up', authority: 'warm-up', roles: {}, forms: {}, events: {},
  machine: {
    initial: 'a',
    states: {
      a: { on: { go: [{ target: 'b', guard: { '==': [1, 1] } }, { target: 'c' }] } },
      b: { initial: 'x', states: { x: { on: { go: 'y' } }, y: { type: 'final' } }, onDone: 'c' },
      c: { type: 'parallel', states: { p: { initial: 'q', states: { q: {} } }, r: { initial: 's', states: { s: {} } } }, after: { P14D: 'd' } },
      d: { type: 'final' },
    },
  },
} as unknown as ProcedureConfig);

/**
 * One worker thread running elkjs (`elkWorker.mjs`), started on first use and again after a crash
 * or a layout that ran past `timeoutMs` (the thread is then stopped: ELK cannot be interrupted
 * otherwise). Layouts queue in the thread one after another. The thread does not keep the process
 * alive.
 */
export function createLayoutService({ timeoutMs = 20_000 }: { timeoutMs?: number } = {}): LayoutService {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, Waiting>();

  const failAll = (err: Error) => {
    for (const w of waiting.values()) { clearTimeout(w.timer); w.reject(err); }
    waiting.clear();
  };

  function started(): Worker {
    if (worker) return worker;
    const thread = new Worker(new URL('./elkWorker.mjs', import.meta.url), { execArgv: [] });
    thread.unref();
    thread.on('message', ({ id, laidOut, error }: { id: number; laidOut?: ElkNode; error?: string }) => {
      const w = waiting.get(id);
      if (!w) return;
      waiting.delete(id);
      clearTimeout(w.timer);
      if (error !== undefined || !laidOut) w.reject(new LayoutFailure(`ELK could not lay the statechart out: ${error ?? 'no answer'}`, 'elk'));
      else w.resolve(laidOut);
    });
    const gone = (err: Error) => {
      if (worker === thread) worker = undefined;
      failAll(err);
    };
    thread.on('error', (err) => gone(new LayoutFailure(`the layout thread failed: ${err.message}`, 'elk')));
    thread.on('exit', (code) => gone(new LayoutFailure(`the layout thread ended (exit code ${code})`, 'elk')));
    worker = thread;
    return thread;
  }

  function run(graph: ElkNode): Promise<ElkNode> {
    const thread = started();
    const id = ++next;
    return new Promise<ElkNode>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new LayoutFailure(`ELK took longer than ${timeoutMs} ms; the layout thread is restarted`, 'elk'));
        if (worker === thread) worker = undefined;
        void thread.terminate();
      }, timeoutMs);
      timer.unref();
      waiting.set(id, { resolve, reject, timer });
      thread.postMessage({ id, graph });
    });
  }

  return {
    async layout(definition) {
      let graph: ElkNode;
      try {
        graph = toElkGraph(definition);
      } catch (err) {
        throw new LayoutFailure(`the statechart cannot be drawn: ${err instanceof Error ? err.message : String(err)}`, 'definition');
      }
      return placementsFromElk(await run(graph));
    },
    async warm() {
      await run(WARM_UP);
    },
    async close() {
      const thread = worker;
      worker = undefined;
      failAll(new LayoutFailure('the layout service is closed', 'elk'));
      await thread?.terminate();
    },
  };
}
