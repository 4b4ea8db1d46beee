#!/usr/bin/env node
// Prints the path of the Node.js that Amtsweg runs on (see nodeRuntime.mjs), fetching the pinned
// release first when the system's Node is too old. Progress goes to stderr, the path to stdout,
// so that scripts/node.sh can exec it.
import { ensureNode } from './nodeRuntime.mjs';

try {
  process.stdout.write(`${ensureNode((msg) => console.error(`[node] ${msg}`)).path}\n`);
} catch (err) {
  console.error(`[node] ${err.message}`);
  process.exit(1);
}
