import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commandOf, launcherRecordFile, recordLauncher, stopLeftovers } from './leftovers.js';

const spawned: number[] = [];
function sleeper(ignoreTerm = false) {
  const child = ignoreTerm ? spawn('sh', ['-c', "trap '' TERM; while :; do sleep 1; done"], { stdio: 'ignore' }) : spawn('sleep', ['600'], { stdio: 'ignore' });
  spawned.push(child.pid!);
  return child;
}
afterEach(() => {
  for (const pid of spawned.splice(0)) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
});

describe('leftovers of a launcher killed hard', () => {
  it('stops what the last start recorded and still runs, and forgets the record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leftovers-'));
    const child = sleeper();
    const exited = new Promise((r) => child.once('exit', r));
    recordLauncher(dir).add('worker', child.pid);
    const lines = await stopLeftovers(dir);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^worker \\(pid ${child.pid}\\) of the start at .* was still running: stopped it$`))]);
    await exited;
    expect(existsSync(launcherRecordFile(dir))).toBe(false);
    expect(await stopLeftovers(dir)).toEqual([]);
  });

  it('kills a leftover that ignores SIGTERM after the grace time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leftovers-'));
    const child = sleeper(true);
    await new Promise((r) => setTimeout(r, 200)); // the trap is set
    recordLauncher(dir).add('server', child.pid);
    expect(await stopLeftovers(dir, { graceMs: 300 })).toEqual([expect.stringContaining('killed it after it ignored SIGTERM')]);
    expect(commandOf(child.pid!)).toBeUndefined();
  });

  it('leaves a process alone whose pid now runs another program', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leftovers-'));
    const child = sleeper();
    const record = { launcher: 999_999_999, launcherCommand: 'node scripts/start.ts', startedAt: 'earlier', processes: [{ name: 'worker', pid: child.pid, command: 'node --import tsx workers/main.ts' }] };
    recordLauncher(dir); // creates run/
    writeFileSync(launcherRecordFile(dir), JSON.stringify(record));
    expect(await stopLeftovers(dir)).toEqual([]);
    expect(commandOf(child.pid!)).toContain('sleep 600');
  });

  it('waits for a launcher that is stopping, then stops what it left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leftovers-'));
    // A launcher that takes about a second to stop, and a worker it did not stop.
    const launcher = spawn('sh', ['-c', 'sleep 1'], { stdio: 'ignore' });
    spawned.push(launcher.pid!);
    const worker = sleeper();
    recordLauncher(dir);
    writeFileSync(launcherRecordFile(dir), JSON.stringify({
      launcher: launcher.pid, launcherCommand: commandOf(launcher.pid!), startedAt: 'earlier', stoppingSince: 'a moment ago',
      processes: [{ name: 'worker', pid: worker.pid, command: commandOf(worker.pid!) }],
    }));
    const said: string[] = [];
    const lines = await stopLeftovers(dir, { say: (line) => said.push(line) });
    expect(said).toEqual([expect.stringMatching(new RegExp(`^the npm start \\(pid ${launcher.pid}\\) of this data folder is stopping since a moment ago: waiting for it`))]);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^waited \\d+\\.\\d s for the npm start \\(pid ${launcher.pid}\\) that was stopping$`)),
      expect.stringMatching(new RegExp(`^worker \\(pid ${worker.pid}\\) of the start at earlier was still running: stopped it$`)),
    ]);
    expect(existsSync(launcherRecordFile(dir))).toBe(false);
  });

  it('gives up on a stopping launcher that does not end in time, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leftovers-'));
    const other = sleeper();
    recordLauncher(dir);
    writeFileSync(launcherRecordFile(dir), JSON.stringify({ launcher: other.pid, launcherCommand: commandOf(other.pid!), startedAt: 'earlier', stoppingSince: 'a moment ago', processes: [] }));
    await expect(stopLeftovers(dir, { waitForStopMs: 300 })).rejects.toThrow(new RegExp(`another npm start \\(pid ${other.pid}\\) of the data folder ${dir} is still stopping after 0.3 s`));
  });

  it('refuses while the launcher of that data folder still runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leftovers-'));
    const other = sleeper();
    recordLauncher(dir);
    writeFileSync(launcherRecordFile(dir), JSON.stringify({ launcher: other.pid, launcherCommand: commandOf(other.pid!), startedAt: 'earlier', processes: [] }));
    await expect(stopLeftovers(dir)).rejects.toThrow(new RegExp(`another npm start \\(pid ${other.pid}, since earlier\\) uses the data folder ${dir}`));
  });
});
