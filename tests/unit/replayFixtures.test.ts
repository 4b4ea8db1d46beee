import { createRequire } from 'node:module';
import { DefaultLogger, Runtime, Worker, bundleWorkflowCode } from '@temporalio/worker';
import type { ReplayResult, WorkflowBundle } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import { bundlerOptions, workflowsPath } from '../../workers/index.js';
import { fixtureReleases, readFixtureHistory, readManifest } from '../support/historyFixtures.js';
import type { FixtureEntry } from '../support/historyFixtures.js';

// Issue 14: histories of every catalogue procedure's paths, captured from a release
// (`npm run fixtures:capture`, tests/fixtures/histories/<release>/), replay on the current
// workflow code: a change that would break cases running for months fails here, naming the
// procedure and path. No server: the replay worker runs in this process.
Runtime.install({ logger: new DefaultLogger('WARN') });
const require = createRequire(import.meta.url);
const entries: FixtureEntry[] = fixtureReleases().flatMap((release) => readManifest(release).entries);
const label = (e: FixtureEntry) => `${e.release}/${e.procedure}/${e.path}`;

/** Bundles a workflows module once, as the worker does. */
async function bundle(path: string): Promise<WorkflowBundle> {
  return bundleWorkflowCode({ workflowsPath: path, ...bundlerOptions, logger: new DefaultLogger('WARN') });
}

/** Replays `list` on `workflowBundle` (one replay worker, no payload codec: fixtures hold decoded payloads). */
async function replay(workflowBundle: WorkflowBundle, list: FixtureEntry[]): Promise<Map<string, ReplayResult>> {
  const results = new Map<string, ReplayResult>();
  const histories = list.map((e) => ({ workflowId: e.workflowId, history: readFixtureHistory(e) }));
  for await (const result of Worker.runReplayHistories({ workflowBundle, replayName: 'fixtures' }, histories)) results.set(result.workflowId, result);
  return results;
}

describe('replay of histories captured from released code', () => {
  let current: WorkflowBundle;
  beforeAll(async () => {
    current = await bundle(workflowsPath);
  }, 180_000);

  it('holds histories of every catalogue procedure, each case at the end of its path', () => {
    const captured = new Set(entries.map((e) => e.procedure));
    expect([...loadCatalogue().keys()].filter((id) => !captured.has(id))).toEqual([]);
    for (const e of entries) expect(readFixtureHistory(e).events?.at(-1)?.eventType, label(e)).toBeDefined();
  });

  it('replays every committed history on the current workflow code', async () => {
    const results = await replay(current, entries);
    const failed = entries.flatMap((e) => {
      const result = results.get(e.workflowId);
      if (!result) return [`${label(e)}: not replayed`];
      return result.error ? [`${label(e)}: ${result.error.name}: ${result.error.message}`] : [];
    });
    expect(failed).toEqual([]);
    expect(results.size).toBe(entries.length);
  }, 180_000);

  it('fails the replay when the workflow code gains a command (a timer) without patched()', async () => {
    // One case of each procedure: the changed code must not replay any of them.
    const sample = [...new Map(entries.map((e) => [e.procedure, e])).values()];
    const changed = await bundle(require.resolve('../fixtures/replay/changedWorkflows.ts'));
    const results = await replay(changed, sample);
    for (const e of sample) {
      const error = results.get(e.workflowId)?.error;
      expect(error, label(e)).toBeInstanceOf(DeterminismViolationError);
    }
  }, 180_000);
});
