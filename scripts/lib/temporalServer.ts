import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import type { DevServerOptions, SearchAttributeType } from './temporalConfig.js';
import { waitFor } from './waitFor.js';

/** What it takes to start a Temporal dev server. */
export interface DevServerSpec extends DevServerOptions {
  cli: string;
  namespace: string;
  searchAttributes: Record<string, SearchAttributeType>;
  /** No web UI (tests). */
  headless?: boolean;
  /** Where the server's own output goes; default: discarded. */
  onOutput?: (line: string) => void;
  /**
   * How long the server may take to answer; default 180 s. A first start after the CLI build,
   * with a cold page cache on a busy 2-core machine, took longer than 60 s (issue 8).
   */
  startTimeoutMs?: number;
  /** Dynamic config values (`--dynamic-config-value key=value`, value as JSON), e.g. a low history limit in a test. */
  dynamicConfig?: Record<string, string | number | boolean>;
}

/** A running dev server. */
export interface DevServer {
  address: string;
  uiUrl: string | undefined;
  process: ChildProcess;
  stop(): Promise<void>;
}

function devServerArgs(spec: DevServerSpec): string[] {
  const args = ['server', 'start-dev', '--ip', spec.ip, '--port', String(spec.port), '--db-filename', spec.dbFilename,
    '--namespace', spec.namespace, '--log-level', spec.logLevel];
  if (spec.headless) args.push('--headless');
  else args.push('--ui-port', String(spec.uiPort));
  for (const [key, type] of Object.entries(spec.searchAttributes)) args.push('--search-attribute', `${key}=${type}`);
  for (const [key, value] of Object.entries(spec.sqlitePragmas)) args.push('--sqlite-pragma', `${key}=${value}`);
  for (const [key, value] of Object.entries(spec.dynamicConfig ?? {})) args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);
  return args;
}

/** Whether something already accepts connections on ip:port. */
function portTaken(ip: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: ip, port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Stops a child process: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Sets how long the namespace keeps completed workflows (start-dev creates it with 24 hours). */
async function setNamespaceRetention(address: string, namespace: string, days: number): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    await connection.workflowService.updateNamespace({ namespace, config: { workflowExecutionRetentionTtl: { seconds: days * 86_400 as never } } });
  } finally {
    await connection.close();
  }
}

/**
 * Starts `temporal server start-dev` with the given options and waits until its namespace
 * answers. Stopping it keeps the SQLite file, so a restart finds every case again.
 */
export async function startTemporalDevServer(spec: DevServerSpec): Promise<DevServer> {
  mkdirSync(dirname(spec.dbFilename), { recursive: true });
  // A server left over from an earlier run would answer the readiness probe for the new one.
  if (await portTaken(spec.ip, spec.port)) {
    throw new Error(`port ${spec.port} on ${spec.ip} is in use (another Temporal server?): stop it or choose another port`);
  }
  const child = spawn(spec.cli, devServerArgs(spec), { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-4000);
    for (const line of text.split('\n').filter(Boolean)) spec.onOutput?.(line);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const address = `${spec.ip}:${spec.port}`;
  await waitFor(`Temporal dev server on ${address}`, spec.startTimeoutMs ?? 180_000, async () => {
    if (child.exitCode !== null) throw new Error(`temporal exited with ${child.exitCode}:\n${output}`);
    const connection = await Connection.connect({ address, connectTimeout: 1000 });
    try {
      await connection.workflowService.describeNamespace({ namespace: spec.namespace });
    } finally {
      await connection.close();
    }
  }, () => child.exitCode !== null).catch(async (err: unknown) => {
    await stopProcess(child); // never leave a half-started server holding the port and the file
    throw err;
  });
  if (spec.namespaceRetentionDays) await setNamespaceRetention(address, spec.namespace, spec.namespaceRetentionDays);
  return {
    address,
    uiUrl: spec.headless ? undefined : `http://${spec.ip}:${spec.uiPort}`,
    process: child,
    stop: () => stopProcess(child),
  };
}
