// `npm run fixtures:capture [procedure …]`: captures the replay fixtures of this release
// (FIXTURES_RELEASE, default `v<package version>`). Starts its own Temporal
// dev server, PostgreSQL, a worker process and the API, drives one case along every path of
// every catalogue procedure (generatePaths) through the HTTP API, fetches each finished case's
// history and writes it, payloads decoded, to tests/fixtures/histories/<release>/<procedure>/<path>.json
// with manifest.json. Run it after a release; commit what it writes (see README, Workflow changes).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAuthorities } from '../../../config/index.js';
import type { ProcedureConfig } from '../../../engine/index.js';
import { loadCatalogue } from '../../../definitions/index.js';
import { projectRoot } from '../../../scripts/index.js';
import { Catalogue } from '../../../server/index.js';
import { startApi } from '../api.js';
import { historiesDir, historyFixtureJson, readManifest } from '../historyFixtures.js';
import type { FixtureEntry, FixtureManifest } from '../historyFixtures.js';
import { startServices, startWorkerProcess } from '../services.js';
import { drivePath } from './drivePath.js';
import type { DriveContext } from './drivePath.js';
import { planPaths } from './pathPlan.js';
import type { PathPlan } from './pathPlan.js';

/** The published catalogue, except that a case being opened gets its path's definition (short deadlines). */
class CaptureCatalogue extends Catalogue {
  private readonly opening = new Map<string, ProcedureConfig>();
  private readonly locks = new Map<string, Promise<unknown>>();

  override async get(id: string, version?: number): Promise<ProcedureConfig | undefined> {
    return (version === undefined ? this.opening.get(id) : undefined) ?? super.get(id, version);
  }

  /** Runs `open` (one POST /api/cases) while new cases of the plan's procedure get its definition; one at a time per procedure. */
  openWith<T>(plan: PathPlan, open: () => Promise<T>): Promise<T> {
    const turn = (this.locks.get(plan.procedure) ?? Promise.resolve()).catch(() => undefined).then(async () => {
      this.opening.set(plan.procedure, plan.definition);
      try {
        return await open();
      } finally {
        this.opening.delete(plan.procedure);
      }
    });
    this.locks.set(plan.procedure, turn);
    return turn;
  }
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
const version = (file: string) => (JSON.parse(readFileSync(join(projectRoot, file), 'utf8')) as { version: string }).version;

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const release = process.env.FIXTURES_RELEASE ?? `v${version('package.json')}`;
  const dir = join(historiesDir, release);
  const files = loadCatalogue();
  const plans = planPaths(files).filter((p) => !only.length || only.includes(p.procedure));
  console.log(`[capture] ${plans.length} paths of ${new Set(plans.map((p) => p.procedure)).size} procedures`);
  // The code the cases ran on, read before the capture (its own files are not code).
  const dirty = git('status', '--porcelain', '--', ':!tests/fixtures/histories').length ? '-dirty' : '';
  const code = { commit: git('rev-parse', 'HEAD') + dirty, workflowCodeCommit: git('log', '-1', '--format=%H', '--', 'workflows', 'engine') };
  const services = await startServices();
  const taskQueue = `capture-${randomUUID()}`;
  const worker = await startWorkerProcess(services, taskQueue);
  const catalogue = new CaptureCatalogue(files, services.store);
  const api = await startApi(services, taskQueue, undefined, { catalogue });
  const calendars = Object.fromEntries(Object.entries(loadAuthorities()).map(([id, a]) => [id, a.state ? { state: a.state } : {}]));
  const ctx: DriveContext = {
    api, client: services.client, store: services.store, taskQueue, calendars,
    issuer: { dataDir: services.dir, publicUrl: api.url }, openWith: (plan, open) => catalogue.openWith(plan, open),
  };
  const entries: FixtureEntry[] = [];
  try {
    for (const procedure of new Set(plans.map((p) => p.procedure))) rmSync(join(dir, procedure), { recursive: true, force: true });
    const queue = [...plans];
    const concurrency = Number(process.env.CAPTURE_CONCURRENCY ?? 4);
    await Promise.all(Array.from({ length: concurrency }, async () => {
      for (let plan = queue.shift(); plan; plan = queue.shift()) {
        const started = Date.now();
        // A loaded machine may let a short deadline overtake an event: such a case is not the path; try once more.
        const workflowId = await drivePath(ctx, plan).catch((err: Error) => {
          console.warn(`[capture] ${plan.procedure}/${plan.name}: ${err.message}; once more`);
          return drivePath(ctx, plan);
        });
        const json = await historyFixtureJson(await services.client.workflow.getHandle(workflowId).fetchHistory(), services.payloadCodec);
        const file = `${plan.procedure}/${plan.name}.json`;
        mkdirSync(join(dir, plan.procedure), { recursive: true });
        writeFileSync(join(dir, file), json);
        const shortened = Object.keys(plan.deadlines).length ? { shortenedDeadlines: plan.deadlines } : {};
        entries.push({
          release, procedure: plan.procedure, version: plan.version, path: plan.name, file, workflowId,
          events: plan.steps.map((s) => plan.deadlines[s.event.type] ?? s.event.type), final: plan.final, ...shortened, bytes: Buffer.byteLength(json),
        });
        console.log(`[capture] ${file} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KB, ${((Date.now() - started) / 1000).toFixed(1)} s, ${queue.length} to go)`);
      }
    }));
  } finally {
    await api.close();
    await worker.stop();
    await services.stop();
  }
  const kept = only.length && existsSync(join(dir, 'manifest.json')) ? readManifest(release).entries.filter((e) => !only.includes(e.procedure)) : [];
  const manifest: FixtureManifest = {
    ...code,
    codeVersion: version('package.json'),
    temporalSdk: version('node_modules/@temporalio/worker/package.json'),
    capturedAt: new Date().toISOString(),
    payloads: 'decoded',
    entries: [...kept, ...entries].sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  console.log(`[capture] wrote ${entries.length} histories and manifest.json to ${dir}`);
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error('[capture] failed:', err);
  process.exit(1);
});
