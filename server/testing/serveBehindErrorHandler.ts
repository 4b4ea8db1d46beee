import type { Server } from 'node:http';
import Koa from 'koa';
import { errorHandler } from '../errorHandler.js';

/** A test server: its base URL, what the error handler logged, and `close()`. */
export interface TestServer {
  url: string;
  logged: unknown[];
  close(): Promise<void>;
}

/**
 * Serves an app behind the API's error handler on 127.0.0.1 and a free port, so a test drives it
 * with `fetch` as a client would; `mount` adds the middleware under test.
 */
export async function serveBehindErrorHandler(mount: (app: Koa) => void): Promise<TestServer> {
  const logged: unknown[] = [];
  const app = new Koa();
  app.use(errorHandler((err) => logged.push(err)));
  mount(app);
  const server: Server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    logged,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
