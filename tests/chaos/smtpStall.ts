// A TCP relay between the workers and the development SMTP listener that can stall: while
// stalled it accepts connections and bytes but passes nothing on, as a mail server that hangs
// mid-conversation does. Loopback only.
import { createConnection, createServer } from 'node:net';
import type { Socket } from 'node:net';

/** The relay: point SMTP_URL at `url`; `stall(ms)` holds all traffic for that long. */
export interface StallableSmtp {
  url: string;
  stall(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Relays 127.0.0.1:<free port> to `target` (an `smtp://127.0.0.1:<port>` URL). */
export async function startStallableSmtp(target: string): Promise<StallableSmtp> {
  const { port: targetPort } = new URL(target);
  let stalled = false;
  const held: (() => void)[] = [];
  const sockets = new Set<Socket>();
  // Forwards chunk by chunk; during a stall a chunk waits in `held` until the stall ends.
  const forward = (from: Socket, to: Socket) => from.on('data', (chunk) => {
    const send = () => { if (!to.destroyed) to.write(chunk); };
    if (stalled) held.push(send); else send();
  });
  const server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: Number(targetPort) });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => { client.destroy(); upstream.destroy(); });
      s.on('close', () => { sockets.delete(s); client.destroy(); upstream.destroy(); });
    }
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('SMTP relay: no port');
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    async stall(ms) {
      stalled = true;
      await new Promise((resolve) => setTimeout(resolve, ms));
      stalled = false;
      for (const send of held.splice(0)) send();
    },
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
