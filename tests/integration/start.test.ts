import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { freePort, projectRoot, waitFor } from '../../scripts/index.js';
import { issueDevToken } from '../../server/index.js';

/** True when something accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** The local addresses that listen on `port`, from /proc/net/tcp and tcp6 (Linux). */
function listenAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local?.endsWith(`:${hexPort}`)) continue; // 0A = LISTEN
      const hex = local.split(':')[0]!;
      out.push(hex.length === 8 ? (hex.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)).join('.') : hex === '00000000000000000000000001000000' ? '::1' : `[${hex}]`);
    }
  }
  return out;
}

/** Waits (bounded) until nothing listens on any of the ports: npm exits first, the launcher then stops its children. */
async function allClosed(ports: number[]) {
  await waitFor('every port closed', 20_000, async () => {
    const open = (await Promise.all(ports.map(async (p) => ((await listening(p)) ? p : undefined)))).filter(Boolean);
    if (open.length) throw new Error(`still listening: ${open.join(', ')}`);
  });
}

/** Every file and folder under `root` that someone other than its owner may read, write or enter. */
function notOwnerOnly(root: string): string[] {
  const loose: string[] = [];
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if (stat.mode & 0o077) loose.push(`${relative(root, path) || '.'} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(root);
  return loose;
}

describe('npm start', () => {
  // mkdtemp makes the folder 0700: as root, the postgres user cannot enter it (issue 8), so the
  // cluster must live elsewhere — here in a folder of the test's own instead of /var/lib/amtsweg.
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-start-'));
  const pgHome = mkdtempSync(join(tmpdir(), 'amtsweg-pghome-'));
  chmodSync(pgHome, 0o755);
  const started: ChildProcess[] = [];
  // What each start printed, and the step the test was at: a failure under load (a bare
  // `fetch failed` carries no line of this file) then says where it happened and what the launcher saw.
  const outputs: { name: string; text: () => string }[] = [];
  let step = 'first start';

  afterAll(() => {
    for (const child of started) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL'); // whatever of the group a failed test left behind
      } catch {
        // the group is gone: nothing was left
      }
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(pgHome, { recursive: true, force: true });
  });

  async function npmStart(env: Record<string, string>) {
    const child = spawn('npm', ['start'], { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    started.push(child);
    let output = '';
    outputs.push({ name: `start ${outputs.length + 1}`, text: () => output });
    child.stdout?.on('data', (c: Buffer) => { output += c.toString(); });
    child.stderr?.on('data', (c: Buffer) => { output += c.toString(); });
    await waitFor('npm start', 240_000, async () => {
      if (!output.includes('Amtsweg is running')) throw new Error(output.slice(-2000));
    }, () => child.exitCode !== null);
    return { child, output: () => output };
  }

  async function sigterm(child: ChildProcess) {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  }

  // Three whole starts: on a loaded 2-core machine one start alone took over a minute.
  it('brings everything up, stops every child on SIGTERM, finds its cases again on the next start, and recovers from a hard kill', { timeout: 900_000 }, async () => {
    onTestFailed(() => {
      console.error(`[start.test] failed at: ${step}`);
      for (const { name, text } of outputs) console.error(`[start.test] --- ${name}, last lines ---\n${text().split('\n').slice(-60).join('\n')}`);
    });
    const ports = { PORT: await freePort(), AMTSWEG_PG_PORT: await freePort(), TEMPORAL_PORT: await freePort(), TEMPORAL_UI_PORT: await freePort(), AMTSWEG_SMTP_PORT: await freePort() };
    // A data folder the launcher creates itself, inside the 0700 one (the umask would make it 0755).
    const data = join(dir, 'data');
    const env = { AMTSWEG_DATA_DIR: data, AMTSWEG_PG_HOME: pgHome, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
    const api = `http://localhost:${ports.PORT}`;
    // The launcher forgets its record as its last step, after PostgreSQL's port has closed.
    const launcherRecordRemoved = () => waitFor('the launcher record removed', 20_000, async () => {
      expect(existsSync(join(data, 'run', 'launcher.json'))).toBe(false);
    });

    const first = await npmStart(env);
    expect(first.output()).toContain(`http://localhost:${ports.PORT}/api/health`);
    expect(first.output()).toContain(`http://localhost:${ports.PORT}/auth/login`);
    expect(first.output()).toContain(`http://localhost:${ports.PORT}/api/docs`);
    if (process.getuid?.() === 0) expect(first.output()).toMatch(/the postgres user cannot enter .*, so the cluster lives in /);
    expect(first.output()).toMatch(/\[bootstrap\] Temporal CLI: .*\(\d+\.\d s\)/);
    step = 'first start: health, portal and a case';
    const health = await fetch(`${api}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', temporal: 'ok', database: 'ok' });
    // Issue 10: the portal is served from a build of the current sources (built by the run's set-up
    // or by this start), not the JSON 404 a citizen landed on after logging in.
    expect(first.output()).toMatch(/\[start\] (UI build is up to date|UIs built into dist\/ui in)/);
    const portal = await fetch(`${api}/`);
    expect(portal.headers.get('content-type')).toMatch(/text\/html/);
    expect(await portal.text()).toMatch(/<script type="module"[^>]* src="\/assets\//);
    // With the development IdP, the API is reachable from this machine only (issue 9, finding 2).
    // Read from the kernel's socket table, so no test traffic leaves loopback.
    expect(listenAddresses(ports.PORT)).toEqual(['127.0.0.1']);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${await issueDevToken({ dataDir: data, publicUrl: `http://localhost:${ports.PORT}`, user: 'erika' })}` };
    const created = await (await fetch(`${api}/api/cases`, { method: 'POST', headers, body: '{"procedure":"anfrage"}' })).json() as { id: string };
    await fetch(`${api}/api/cases/${created.id}/events`, { method: 'POST', headers, body: '{"type":"SUBMIT","data":{"betreff":"Erster Start","nachricht":"x"}}' });

    // Issue 9, finding 6: no password needed for PostgreSQL, and a data folder every local user
    // could read (0755, temporal.db and mail 0644).
    for (const user of ['postgres', 'amtsweg_app', 'amtsweg_owner']) {
      const client = new pg.Client({ connectionString: `postgres://${user}@127.0.0.1:${ports.AMTSWEG_PG_PORT}/amtsweg` });
      await expect(client.connect(), user).rejects.toThrow(/password/);
      await client.end().catch(() => undefined);
    }
    expect(notOwnerOnly(data)).toEqual([]);

    step = 'first start: SIGTERM';
    await sigterm(first.child);
    await allClosed(Object.values(ports));
    // A start while the first launcher still removes its record would be refused as a second npm start.
    await launcherRecordRemoved();

    step = 'second start';
    const second = await npmStart(env);
    step = 'second start: reading the case';
    const read = await (await fetch(`${api}/api/cases/${created.id}`, { headers })).json();
    expect(read).toMatchObject({ id: created.id, state: 'submitted' });

    // Issue 15: the launcher killed hard (SIGKILL, no chance to clean up) leaves PostgreSQL, the
    // Temporal dev server, worker and API running; the next start stops them and says so.
    const { launcher } = JSON.parse(readFileSync(join(data, 'run', 'launcher.json'), 'utf8')) as { launcher: number };
    const npmGone = new Promise((resolve) => second.child.once('exit', resolve));
    step = 'second start: launcher killed hard';
    process.kill(launcher, 'SIGKILL');
    await npmGone;
    expect(await listening(ports.AMTSWEG_PG_PORT)).toBe(true);
    expect(await listening(ports.TEMPORAL_PORT)).toBe(true);
    // The next start runs two workers and two API servers (issue 15, item 3).
    step = 'third start';
    const third = await npmStart({ ...env, AMTSWEG_WORKERS: '2', AMTSWEG_SERVERS: '2' });
    expect(third.output()).toMatch(/\[start\] (worker|server|Temporal dev server) \(pid \d+\) of the start at .* was still running: (stopped|killed) it/);
    expect(third.output()).toMatch(/\[start\] PostgreSQL \(pid \d+\) of an earlier start that did not stop it is still running in .*: stopping it/);
    expect(third.output()).toContain('[server] 2 API server processes share the port');
    expect(await (await fetch(`${api}/api/cases/${created.id}`, { headers })).json()).toMatchObject({ id: created.id, state: 'submitted' });

    // One worker and one API server die hard: the others go on, each is replaced, cases carry on.
    const record = JSON.parse(readFileSync(join(data, 'run', 'launcher.json'), 'utf8')) as { processes: { name: string; pid: number }[] };
    const worker = record.processes.find((p) => p.name === 'worker-1')!;
    const primary = record.processes.find((p) => p.name === 'server')!;
    const servers = readFileSync(`/proc/${primary.pid}/task/${primary.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
    expect(servers).toHaveLength(2);
    step = 'third start: a worker and a server killed';
    process.kill(worker.pid, 'SIGKILL');
    process.kill(servers[0]!, 'SIGKILL');
    await waitFor('a worker and a server replaced', 60_000, async () => {
      expect(third.output()).toMatch(new RegExp(`\\[start\\] worker-1 exited \\(SIGKILL\\); starting it again`));
      expect(third.output()).toMatch(new RegExp(`API server process ${servers[0]} exited \\(SIGKILL\\); started \\d+ in its place`));
    });
    const after = await (await fetch(`${api}/api/cases`, { method: 'POST', headers, body: '{"procedure":"anfrage"}' })).json() as { id: string };
    for (let i = 0; i < 4; i++) expect((await fetch(`${api}/api/health`)).status).toBe(200); // whichever process answers
    await fetch(`${api}/api/cases/${after.id}/events`, { method: 'POST', headers, body: '{"type":"SUBMIT","data":{"betreff":"Nach dem Absturz","nachricht":"x"}}' });
    await waitFor('the case submitted after the crash', 60_000, async () => {
      expect(await (await fetch(`${api}/api/cases/${after.id}`, { headers })).json()).toMatchObject({ state: 'submitted' });
    });
    step = 'third start: SIGTERM';
    await sigterm(third.child);
    await allClosed(Object.values(ports));
    await launcherRecordRemoved();
    expect(notOwnerOnly(data)).toEqual([]);
  });
});
