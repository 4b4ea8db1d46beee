import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './tools.mjs';

/** What the UI build reads: the apps, the shared kit, the pure engine, the build's config and lock file. */
const SOURCES = ['ui', 'portal', 'workbench', 'designer', 'engine'];
const FILES = ['vite.config.ts', 'package.json', 'package-lock.json'];
export const UI_DIR = join(projectRoot, 'dist/ui');
const STAMP = join(UI_DIR, '.sources-sha256');

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (!/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** SHA-256 over the names and contents of every file the build reads. */
export function uiSourcesHash(): string {
  const hash = createHash('sha256');
  const files = [...SOURCES.flatMap((d) => (existsSync(join(projectRoot, d)) ? [...walk(join(projectRoot, d))] : [])), ...FILES.map((f) => join(projectRoot, f))].sort();
  for (const file of files) hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * Builds the UIs into dist/ui unless the last build was made from the same sources (so a warm
 * `npm start` spends no time here). Says what it does; returns whether it built.
 */
export async function buildUi(log: (msg: string) => void, options: { force?: boolean } = {}): Promise<boolean> {
  const sources = uiSourcesHash();
  const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : undefined;
  if (!options.force && built === sources && existsSync(join(UI_DIR, 'portal/index.html'))) {
    log('UI build is up to date');
    return false;
  }
  log(built ? 'UI sources changed: building the UIs (vite) …' : 'building the UIs (vite) …');
  const t0 = performance.now();
  // A child process with NODE_ENV=production: inside a test run NODE_ENV is `test`, and React's
  // JSX transform would then make a development build (StrictMode effects run twice).
  const vite = join(projectRoot, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: projectRoot, env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status}):\n${`${result.stdout}${result.stderr}`.trim().split('\n').slice(-20).join('\n')}`);
  writeFileSync(STAMP, `${sources}\n`);
  log(`UIs built into dist/ui in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}
