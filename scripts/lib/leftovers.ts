import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One process a launcher started, as it recorded it: enough to recognise it after a crash. */
export interface RecordedProcess {
  name: string;
  pid: number;
  /** Its command line (`/proc/<pid>/cmdline`, NULs as spaces): a pid reused by another program does not match. */
  command: string;
}

/** What a running `npm start` keeps in `<data>/run/launcher.json`. */
export interface LauncherRecord {
  launcher: number;
  launcherCommand: string;
  startedAt: string;
  processes: RecordedProcess[];
  /** Set when the launcher began to stop (Ctrl-C, SIGTERM): a new start waits for it instead of refusing. */
  stoppingSince?: string;
}

/** The record's file of a data folder. */
export const launcherRecordFile = (dataDir: string) => join(dataDir, 'run', 'launcher.json');

/** The command line of a live process (Linux `/proc`), undefined when there is no such process (or only its zombie). */
export function commandOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ') || undefined;
  } catch {
    return undefined;
  }
}

/** Whether `pid` still runs the program recorded for it. */
const stillRunning = (p: { pid: number; command: string }) => commandOf(p.pid) === p.command;

/** Ends a process: SIGTERM, then SIGKILL after `graceMs`; resolves when it is gone. */
async function end(pid: number, command: string, graceMs: number): Promise<'terminated' | 'killed'> {
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < graceMs; waited += 100) {
    if (!stillRunning({ pid, command })) return 'terminated';
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(pid, 'SIGKILL');
  while (stillRunning({ pid, command })) await new Promise((r) => setTimeout(r, 50));
  return 'killed';
}

/** Options of {@link stopLeftovers}. */
export interface LeftoverOptions {
  /** How long a leftover gets after SIGTERM before SIGKILL. */
  graceMs?: number;
  /** How long to wait for a launcher that is stopping (its children, Temporal, PostgreSQL) to end. */
  waitForStopMs?: number;
  /** Told at once when the wait begins (it can take seconds). */
  say?: (line: string) => void;
}

const readRecord = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as LauncherRecord;

/**
 * Before a start: what the last `npm start` of this data folder left behind after it was killed
 * hard (SIGKILL of the launcher leaves worker, API and Temporal dev server running). When that
 * launcher still runs: waits for it if it is stopping (a start right after Ctrl-C), else refuses.
 * Stops every recorded process that still runs the recorded program. Returns one line per thing
 * it did, for the log.
 */
export async function stopLeftovers(dataDir: string, options: LeftoverOptions = {}): Promise<string[]> {
  const { graceMs = 10_000, waitForStopMs = 60_000, say } = options;
  const file = launcherRecordFile(dataDir);
  if (!existsSync(file)) return [];
  let record: LauncherRecord;
  try {
    record = readRecord(file);
  } catch {
    rmSync(file, { force: true });
    return [`ignored an unreadable ${file}`];
  }
  const done: string[] = [];
  const launcher = { pid: record.launcher, command: record.launcherCommand };
  if (record.launcher !== process.pid && stillRunning(launcher) && record.stoppingSince) {
    say?.(`the npm start (pid ${record.launcher}) of this data folder is stopping since ${record.stoppingSince}: waiting for it (at most ${waitForStopMs / 1000} s) …`);
    const t0 = Date.now();
    while (stillRunning(launcher) && Date.now() - t0 < waitForStopMs) await new Promise((r) => setTimeout(r, 200));
    if (!stillRunning(launcher)) {
      done.push(`waited ${((Date.now() - t0) / 1000).toFixed(1)} s for the npm start (pid ${record.launcher}) that was stopping`);
      // It removes its record when it has stopped everything; what is left is a leftover.
      if (!existsSync(file)) return done;
      try {
        record = readRecord(file);
      } catch {
        rmSync(file, { force: true });
        return [...done, `ignored an unreadable ${file}`];
      }
    }
  }
  if (record.launcher !== process.pid && stillRunning(launcher)) {
    throw new Error(record.stoppingSince
      ? `another npm start (pid ${record.launcher}) of the data folder ${dataDir} is still stopping after ${waitForStopMs / 1000} s: wait for it or end it (kill ${record.launcher}), or set another AMTSWEG_DATA_DIR`
      : `another npm start (pid ${record.launcher}, since ${record.startedAt}) uses the data folder ${dataDir}: stop it first (Ctrl-C in its terminal, or kill ${record.launcher}), or set another AMTSWEG_DATA_DIR`);
  }
  for (const p of record.processes) {
    if (!stillRunning(p)) continue;
    const how = await end(p.pid, p.command, graceMs);
    done.push(`${p.name} (pid ${p.pid}) of the start at ${record.startedAt} was still running: ${how === 'killed' ? 'killed it after it ignored SIGTERM' : 'stopped it'}`);
  }
  rmSync(file, { force: true });
  return done;
}

/** Keeps the running launcher's record; `add` notes each process it starts. */
export function recordLauncher(dataDir: string) {
  const file = launcherRecordFile(dataDir);
  const record: LauncherRecord = { launcher: process.pid, launcherCommand: commandOf(process.pid) ?? '', startedAt: new Date().toISOString(), processes: [] };
  const save = () => {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  };
  save();
  return {
    add(name: string, pid: number | undefined) {
      const command = pid ? commandOf(pid) : undefined;
      if (!pid || !command) return;
      record.processes.push({ name, pid, command });
      save();
    },
    /** The launcher began to stop: a start meanwhile waits for it. */
    stopping() {
      record.stoppingSince = new Date().toISOString();
      save();
    },
    /** After a clean stop: nothing is left behind. */
    remove: () => rmSync(file, { force: true }),
  };
}
