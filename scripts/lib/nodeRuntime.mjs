// The Node.js that Amtsweg runs on. The pinned LTS is in `.node-version`; when the Node that
// started us is older than MIN_MAJOR, the pinned release is taken once from the npm registry
// (the package `node-<platform>-<arch>`, whose tarball holds the binary) into the tool cache.
// Node built-ins only: this runs before node_modules exists, on whatever Node the system has.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, projectRoot } from './tools.mjs';

/** Oldest major release Amtsweg runs on (libraries it uses declare Node ≥ 22). */
export const MIN_MAJOR = 22;

/** The pinned release from `.node-version`, e.g. `24.22.3`. */
export function pinnedNodeVersion() {
  return readFileSync(join(projectRoot, '.node-version'), 'utf8').trim().replace(/^v/, '');
}

const major = (version) => Number(version.replace(/^v/, '').split('.')[0]);

/** Where the pinned release lives in the tool cache. */
export function cachedNodeBin() {
  return join(cacheDir(), `node-v${pinnedNodeVersion()}`, 'bin', 'node');
}

/**
 * The Node to run on, without fetching: `AMTSWEG_NODE`, else the Node running this code when it
 * is new enough, else the cached pinned release. `{ path, version, source }` or undefined.
 */
export function findNode() {
  if (process.env.AMTSWEG_NODE) {
    const version = execFileSync(process.env.AMTSWEG_NODE, ['--version'], { encoding: 'utf8' }).trim();
    if (major(version) < MIN_MAJOR) throw new Error(`AMTSWEG_NODE=${process.env.AMTSWEG_NODE} is Node ${version}; Amtsweg needs ≥ ${MIN_MAJOR}.`);
    return { path: process.env.AMTSWEG_NODE, version, source: 'AMTSWEG_NODE' };
  }
  if (major(process.version) >= MIN_MAJOR) return { path: process.execPath, version: process.version, source: 'system' };
  const cached = cachedNodeBin();
  if (existsSync(cached)) return { path: cached, version: `v${pinnedNodeVersion()}`, source: 'cache' };
  return undefined;
}

/** Why no Node can be had, as lines for the user; undefined when fetching is allowed. */
export function fetchRefusal() {
  if (process.env.AMTSWEG_NO_FETCH_NODE !== '1') return undefined;
  return [
    `Amtsweg needs Node.js ≥ ${MIN_MAJOR}; this is ${process.version}, and AMTSWEG_NO_FETCH_NODE=1 forbids fetching Node ${pinnedNodeVersion()}.`,
    `Install Node ${pinnedNodeVersion()} (or any ≥ ${MIN_MAJOR}), or set AMTSWEG_NODE=/path/to/node.`,
  ];
}

/**
 * Fetches the pinned release into the cache with `npm pack` (the registry is the one source the
 * project already trusts) and returns its path. `log` receives progress lines. Throws with a
 * message that says what to do instead.
 */
export function fetchNode(log) {
  const version = pinnedNodeVersion();
  const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}@${version}`;
  const target = join(cacheDir(), `node-v${version}`);
  const work = mkdtempSync(join(cacheDir(), '.node-'));
  try {
    const t0 = performance.now();
    log(`fetching ${pkg} from the npm registry (once; ~30 MB) …`);
    const pack = spawnSync('npm', ['pack', pkg, '--silent', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (pack.status !== 0 || !tarball) {
      throw new Error(`npm pack ${pkg} failed (exit ${pack.status}): ${(pack.stderr || pack.stdout).trim().split('\n').slice(-3).join(' ')}`);
    }
    log(`downloaded in ${((performance.now() - t0) / 1000).toFixed(1)} s; unpacking`);
    const tar = spawnSync('tar', ['-xzf', join(work, tarball), '-C', work], { encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`tar could not unpack ${tarball}: ${tar.stderr.trim()}`);
    const bin = join(work, 'package', 'bin', 'node');
    const printed = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
    if (printed !== `v${version}`) throw new Error(`${pkg} holds Node ${printed}, not v${version}`);
    rmSync(target, { recursive: true, force: true });
    renameSync(join(work, 'package'), target);
    return join(target, 'bin', 'node');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** findNode(), fetching the pinned release first when needed. */
export function ensureNode(log) {
  const found = findNode();
  if (found) return found;
  const refusal = fetchRefusal();
  if (refusal) throw new Error(refusal.join('\n'));
  mkdirSync(cacheDir(), { recursive: true });
  const path = fetchNode(log);
  return { path, version: `v${pinnedNodeVersion()}`, source: 'fetched' };
}
