// The system programs Amtsweg and its tests call, and the Debian packages that bring them. The
// bootstrap checks each one for the command it prepares (`start` or `test`) and, as root on a
// Debian-like system, installs what is missing (unless AMTSWEG_NO_APT=1); otherwise it stops at
// once with the exact install command. Node built-ins only.
import { spawnSync } from 'node:child_process';
import { findPgBin, onPath } from './tools.mjs';

/**
 * What is needed, by whom. `skip` says why a tool is not needed in this environment.
 */
export const systemTools = [
  {
    what: 'PostgreSQL server binaries (initdb, pg_ctl)', debian: 'postgresql', for: ['start', 'test'],
    present: () => Boolean(findPgBin()),
    // npm start uses an existing server with DATABASE_URL; the test suites always start their own.
    skip: (command) => (command === 'start' && process.env.DATABASE_URL ? 'DATABASE_URL is set' : undefined),
  },
  { what: 'pdfsig and pdftotext (checking sealed PDFs in tests)', debian: 'poppler-utils', for: ['test'], present: () => Boolean(onPath('pdfsig') && onPath('pdftotext')) },
  { what: 'openssl (checking signatures in tests)', debian: 'openssl', for: ['test'], present: () => Boolean(onPath('openssl')) },
  // Debian's build, never a browser downloaded by a test tool (see tests/e2e/support/chromium.ts).
  { what: 'Chromium (browser tests of the UIs)', debian: 'chromium', for: ['test'], present: () => Boolean(findChromium()) },
];

/** Debian's Chromium (or its headless shell), or undefined; CHROMIUM_PATH overrides. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return onPath('chromium') || onPath('chromium-headless-shell') || undefined;
}

/** The tools `command` needs that are missing: `[{ what, debian }]`. */
export function missingTools(command) {
  return systemTools.filter((t) => t.for.includes(command) && !t.skip?.(command) && !t.present());
}

/** Why the bootstrap may not install packages itself, or undefined when it may. */
export function installRefusal() {
  if (process.env.AMTSWEG_NO_APT === '1') return 'AMTSWEG_NO_APT=1';
  if (process.getuid?.() !== 0) return 'not running as root';
  if (!onPath('apt-get')) return 'no apt-get on this system';
  return undefined;
}

/** Runs apt-get update and install for `packages`; throws with apt's last lines on failure. */
export function aptInstall(packages, log) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => {
    log(`apt-get ${args.filter((a) => !a.startsWith('DPkg') && a !== '-o').join(' ')}`);
    const r = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) throw new Error(`apt-get ${args.find((a) => !a.startsWith('-') && !a.startsWith('DPkg'))} failed (exit ${r.status}):\n${`${r.stdout}${r.stderr}`.trim().split('\n').slice(-6).join('\n')}`);
  };
  // Another apt-get (an unattended upgrade, a second bootstrap) may hold the lock: wait for it.
  const wait = ['-o', 'DPkg::Lock::Timeout=300'];
  run([...wait, 'update', '-qq']);
  run([...wait, 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
  if (packages.includes('postgresql')) stopDebianClusters(log);
}

/** Debian starts a cluster of its own on install; Amtsweg starts its own, so stop Debian's. */
function stopDebianClusters(log) {
  if (!onPath('pg_lsclusters') || !onPath('pg_ctlcluster')) return;
  const list = spawnSync('pg_lsclusters', ['-h'], { encoding: 'utf8' }).stdout ?? '';
  for (const [version, name, , status] of list.split('\n').filter(Boolean).map((l) => l.split(/\s+/))) {
    if (status !== 'online') continue;
    log(`stopping Debian's PostgreSQL cluster ${version}/${name} (Amtsweg runs its own)`);
    spawnSync('pg_ctlcluster', [version, name, 'stop'], { stdio: 'ignore' });
  }
}
