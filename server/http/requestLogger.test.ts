import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../errorHandler.js';
import { createLogger, requestLogger } from './requestLogger.js';

const SECRETS = ['secret-token', 'session=s3cr3t-cookie', 's3cr3t-cookie', 'hunter2', 'Mustermann', 'Musterstraße', 'purpose=Pr'];

describe('requestLogger()', () => {
  const lines: string[] = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const sink = new Writable({ write(chunk: Buffer, _enc, done) { lines.push(...chunk.toString().split('\n').filter(Boolean)); done(); } });
    const logger = createLogger({ level: 'info', destination: sink });
    const app = new Koa();
    app.use(errorHandler((err) => logger.error({ err }, 'request failed')));
    app.use(requestLogger(logger));
    app.use(bodyParser({ enableTypes: ['json'] }));
    app.use(async (ctx, next) => {
      ctx.state.principal = { sub: 'erika', kind: 'citizen', name: 'Erika', assurance: 'substantial' };
      await next();
    });
    app.use((ctx) => {
      if (ctx.path === '/boom') throw new Error('kaputt');
      ctx.status = 201;
      ctx.body = { echoed: ctx.request.body };
    });
    server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (path: string) => fetch(url + path, {
    method: 'POST',
    headers: { authorization: 'Bearer secret-token', cookie: 'session=s3cr3t-cookie', 'content-type': 'application/json' },
    body: JSON.stringify({ password: 'hunter2', token: 'secret-token', data: { name: 'Mustermann', strasse: 'Musterstraße 1' } }),
  });

  it('logs method, path, status, duration, principal and request id, and returns the id', async () => {
    lines.length = 0;
    const res = await post('/api/cases?purpose=Pr%C3%BCfung');
    expect(res.status).toBe(201);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ msg: 'request', method: 'POST', path: '/api/cases', status: 201, principal: { sub: 'erika', kind: 'citizen' } });
    expect(typeof line.durationMs).toBe('number');
    expect(line.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('never logs headers, tokens, passwords, bodies or the query string', async () => {
    lines.length = 0;
    await post('/api/cases?purpose=Pr%C3%BCfung');
    await post('/boom');
    const all = lines.join('\n');
    for (const secret of SECRETS) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/authorization|cookie|hunter|\?/i);
  });

  it('logs a failing request with the status the error handler answers, and the error server-side only', async () => {
    lines.length = 0;
    const res = await post('/boom');
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('kaputt');
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, any>);
    const request = parsed.find((l) => l.msg === 'request');
    const error = parsed.find((l) => l.msg === 'request failed');
    expect(request).toMatchObject({ msg: 'request', path: '/boom', status: 500, level: 50 });
    expect(error).toMatchObject({ msg: 'request failed', err: { message: 'kaputt' } });
    expect(error!.err.stack).toContain('requestLogger.test.ts');
  });

  it('redacts credentials and form data even when a caller logs them by mistake', () => {
    lines.length = 0;
    const sink = new Writable({ write(chunk: Buffer, _enc, done) { lines.push(chunk.toString()); done(); } });
    createLogger({ destination: sink }).info({
      req: { headers: { authorization: 'Bearer secret-token', cookie: 'session=s3cr3t-cookie' } },
      form: { password: 'hunter2', token: 'secret-token', data: { name: 'Mustermann' } },
    }, 'oops');
    expect(lines.join('')).toContain('[redacted]');
    for (const secret of SECRETS) expect(lines.join('')).not.toContain(secret);
  });
});
