#!/bin/sh
# Runs the Node.js that Amtsweg runs on (scripts/lib/nodeRuntime.mjs: Node >= 22, else the
# pinned release from .node-version, fetched once into the tool cache) with the given arguments.
# Its folder goes first on PATH, so everything started below (npm, tsc, vitest, workers) uses it
# too. `exec` replaces this shell, so signals reach Node directly.
set -e
here=$(dirname "$0")
node_bin=$(node "$here/lib/whichNode.mjs")
PATH="$(dirname "$node_bin"):$PATH"
export PATH
exec "$node_bin" "$@"
