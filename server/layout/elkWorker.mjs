// The server's ELK: a worker thread that lays out statechart graphs (engine/statechartLayout.ts
// builds them) with elkjs's layered algorithm, so that a layout of a few hundred states never
// blocks the API's event loop. Plain JavaScript: it runs as is, under tsx and under vitest alike.
import { parentPort } from 'node:worker_threads';
import ELK from 'elkjs/lib/elk.bundled.js';

const elk = new ELK({ algorithms: ['layered'] });

parentPort.on('message', async ({ id, graph }) => {
  try {
    parentPort.postMessage({ id, laidOut: await elk.layout(graph) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
