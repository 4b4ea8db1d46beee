import cluster from 'node:cluster';

/** How often a replaced server may die within a minute before the supervisor gives up. */
const MAX_DEATHS_PER_MINUTE = 5;

/**
 * The primary of `AMTSWEG_SERVERS` API server processes (Node cluster): they share one port,
 * connections spread over them. One that dies is replaced while the others go on serving; one
 * that keeps dying (more than five times a minute) stops the whole group with exit code 1, so
 * the launcher sees it. SIGTERM/SIGINT stop every server, then the primary.
 */
export function superviseServers(count: number, log: (line: string) => void): void {
  let stopping = false;
  const deaths: number[] = [];
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths[0]! < now - 60_000) deaths.shift();
    if (deaths.length > MAX_DEATHS_PER_MINUTE) {
      log(`API server process ${worker.process.pid} exited (${signal ?? code}); more than ${MAX_DEATHS_PER_MINUTE} in a minute: stopping`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    const next = cluster.fork();
    log(`API server process ${worker.process.pid} exited (${signal ?? code}); started ${next.process.pid} in its place, the others go on serving`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) process.exit(0);
      for (const w of workers) w?.process.kill('SIGTERM');
    });
  }
  log(`${count} API server processes share the port (pid ${process.pid} supervises)`);
}
