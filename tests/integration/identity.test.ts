import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Router from '@koa/router';
import { SignJWT, decodeJwt, importJWK } from 'jose';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Jar, browse as browseAs, loginThroughDevIdp } from '../support/browser.js';
import { errorHandler } from '../../server/errorHandler.js';
import { jsonBodyParser } from '../../server/http/jsonBodyParser.js';
import type { Store } from '../../store/index.js';
import { startStore } from '../support/services.js';
import {
  CSRF_COOKIE, DEV_IDENTITIES, issueDevToken, mountIdentity, requireAssurance, requirePrincipal, tokenCommand,
} from '../../server/identity/index.js';

// The identity pieces in-process on a real port (the dev IdP talks to itself over HTTP), with a
// tiny app around them: the real error handler and body parser, and two test routes.

interface Running { url: string; server: Server; dataDir: string }

async function start(dataDir: string, store: Store): Promise<Running> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const app = new Koa();
  app.use(errorHandler((err) => console.error('[identity test]', err)));
  app.use(jsonBodyParser());
  mountIdentity(app, { publicUrl: url, dataDir, log: (err) => console.error('[dev idp]', err) }, store);
  const router = new Router();
  router.post('/test/echo', (ctx) => {
    ctx.body = { sub: requirePrincipal(ctx).sub, body: ctx.request.body };
  });
  router.get('/test/high', (ctx) => {
    requireAssurance(requirePrincipal(ctx), 'high');
    ctx.body = { ok: true };
  });
  app.use(router.routes());
  server.on('request', app.callback());
  return { url, server, dataDir };
}

/** A GET with a Host header of our choosing (fetch does not let one set it), to `address` instead of the URL's host if given. */
function rawGet(url: string, path: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('identity: dev IdP, OIDC login, sessions, bearer tokens', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'amtsweg-identity-'));
  let api: Running;
  let database: Awaited<ReturnType<typeof startStore>>;
  const stop = (r: Running) => new Promise<void>((resolve) => { r.server.closeAllConnections(); r.server.close(() => resolve()); });

  beforeAll(async () => {
    database = await startStore();
    api = await start(dataDir, database.store);
  });
  afterAll(async () => {
    await stop(api);
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const browse = (jar: Jar, url: string, init: RequestInit = {}, until: (u: URL) => boolean = () => false) => browseAs(api.url, jar, url, init, until);
  const login = (user: string) => loginThroughDevIdp(api.url, user);

  const call = (path: string, init: RequestInit = {}) => fetch(api.url + path, init).then(async (res) => ({ status: res.status, headers: res.headers, body: await res.json() as any }));
  const bearer = (token: string, init: RequestInit = {}) => ({ ...init, headers: { ...init.headers as Record<string, string>, authorization: `Bearer ${token}` } });
  const withJar = (jar: Jar, path: string, headers: Record<string, string> = {}) => ({ ...headers, cookie: jar.header(new URL(path, api.url)) });

  it('logs Erika in through the dev IdP (code + PKCE) and /api/me returns her at assurance high', async () => {
    const { jar } = await login('erika');
    expect(jar.get('amtsweg_session')).toBeTruthy();
    expect(jar.get('amtsweg_login')).toBeUndefined();
    const me = await call('/api/me', { headers: withJar(jar, '/api/me') });
    expect(me).toMatchObject({ status: 200, body: { sub: 'erika', name: 'Erika Mustermann', kind: 'citizen', assurance: 'high', email: 'erika.mustermann@example.org' } });
  });

  it('sets the session cookie HTTP-only and SameSite=Lax, the CSRF cookie readable', async () => {
    const jar = new Jar();
    const page = await browse(jar, '/auth/login');
    const action = /action="([^"]+)"/.exec(await page.res.text())![1]!;
    const { res } = await browse(jar, action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'identity=jonas' },
      (u) => u.pathname === '/');
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('amtsweg_session='))).toMatch(/HttpOnly/);
    expect(cookies.find((c) => c.startsWith('amtsweg_session='))).toMatch(/SameSite=Lax/);
    expect(cookies.find((c) => c.startsWith(`${CSRF_COOKIE}=`))).not.toMatch(/HttpOnly/);
  });

  it('shows a login page that says in German and English it is a development IdP', async () => {
    const { html } = await login('lena');
    expect(html).toContain('Entwicklungs-Identitätsanbieter — nicht für den Produktivbetrieb');
    expect(html).toContain('Development identity provider — not for production');
    for (const p of DEV_IDENTITIES) expect(html).toContain(`value="${p.sub}"`);
  });

  it('refuses a cookie-authenticated POST without the CSRF header (403) and accepts it with the header', async () => {
    const { jar } = await login('erika');
    const without = await call('/test/echo', { method: 'POST', headers: withJar(jar, '/test/echo', { 'content-type': 'application/json' }), body: '{"a":1}' });
    expect(without).toMatchObject({ status: 403, body: { status: 403, code: 'csrf-token-invalid' } });
    const wrong = await call('/test/echo', { method: 'POST', headers: withJar(jar, '/test/echo', { 'content-type': 'application/json', 'x-csrf-token': 'nope' }), body: '{"a":1}' });
    expect(wrong.status).toBe(403);
    const withToken = await call('/test/echo', {
      method: 'POST', headers: withJar(jar, '/test/echo', { 'content-type': 'application/json', 'x-csrf-token': jar.get(CSRF_COOKIE)! }), body: '{"a":1}',
    });
    expect(withToken).toMatchObject({ status: 200, body: { sub: 'erika', body: { a: 1 } } });
  });

  it('logs out (with the CSRF header) and the session is gone', async () => {
    const { jar } = await login('erika');
    const res = await fetch(`${api.url}/auth/logout`, { method: 'POST', headers: withJar(jar, '/auth/logout', { 'x-csrf-token': jar.get(CSRF_COOKIE)! }) });
    expect(res.status).toBe(204);
    jar.store(res);
    expect(jar.get('amtsweg_session')).toBeUndefined();
    expect((await call('/api/me', { headers: withJar(jar, '/api/me') })).body).toMatchObject({ status: 401, code: 'login-required' });
  });

  // Issue 8: a method a route lacks answered 405 as text/plain (routers) or without Allow (dev IdP).
  it('answers a method the login routes or the dev IdP\'s login page lack with 405 as JSON, with Allow', async () => {
    const logout = await call('/auth/logout');
    expect(logout).toMatchObject({ status: 405, body: { status: 405, code: 'method-not-allowed' } });
    expect(logout.headers.get('allow')).toBe('POST');
    const jar = new Jar();
    const page = await browse(jar, '/auth/login');
    const action = /<form method="post" action="([^"]+)"/.exec(await page.res.text())?.[1];
    expect(action).toMatch(/^\/idp\/interaction\/[\w-]+\/login$/);
    const wrong = await call(action!, { headers: withJar(jar, action!) });
    expect(wrong).toMatchObject({ status: 405, body: { status: 405, code: 'method-not-allowed' } });
    expect(wrong.headers.get('allow')).toBe('POST');
  });

  it('ends the session on the server at logout: a copied cookie gets 401 afterwards (issue 9)', async () => {
    const { jar } = await login('erika');
    const copied = withJar(jar, '/api/me');
    expect((await call('/api/me', { headers: copied })).status).toBe(200);
    const out = await fetch(`${api.url}/auth/logout`, { method: 'POST', headers: withJar(jar, '/auth/logout', { 'x-csrf-token': jar.get(CSRF_COOKIE)! }) });
    expect(out.status).toBe(204);
    expect(await call('/api/me', { headers: copied })).toMatchObject({ status: 401, body: { status: 401, code: 'login-required' } });
    // Another login of the same person is a session of its own and goes on.
    const other = await login('erika');
    expect((await call('/api/me', { headers: withJar(other.jar, '/api/me') })).status).toBe(200);
  });

  it('answers /api/me with 401 for an anonymous caller and ignores a forged session cookie', async () => {
    expect(await call('/api/me')).toMatchObject({ status: 401, body: { code: 'login-required' } });
    const forged = await call('/api/me', { headers: { cookie: 'amtsweg_session=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z' } });
    expect(forged.status).toBe(401);
  });

  it('redirects only to paths on this server after login', async () => {
    const res = await fetch(`${api.url}/auth/login?returnTo=//evil.example/x`, { redirect: 'manual' });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('amtsweg_login='));
    expect(cookie).toMatch(/Path=\/auth\/callback/);
    expect(new URL(res.headers.get('location')!).pathname).toBe('/idp/auth');
  });

  it('accepts a bearer token from issueDevToken without a CSRF header', async () => {
    const token = await issueDevToken({ dataDir, publicUrl: api.url, user: 'clerk-gewerbe' });
    expect(await call('/api/me', bearer(token))).toMatchObject({ status: 200, body: { sub: 'clerk-gewerbe', kind: 'staff', authority: 'gewerbeamt', assurance: 'substantial' } });
    const post = await call('/test/echo', bearer(token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
    expect(post).toMatchObject({ status: 200, body: { sub: 'clerk-gewerbe' } });
  });

  it('rejects tampered, expired, wrong-audience, wrong-issuer and foreign-key tokens with 401 invalid-token', async () => {
    const good = await issueDevToken({ dataDir, publicUrl: api.url, user: 'lena' });
    const [h, p, s] = good.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const tampered = [h, Buffer.from(JSON.stringify({ ...claims, acr: 'http://eidas.europa.eu/LoA/high' })).toString('base64url'), s].join('.');
    const jwk = JSON.parse(readFileSync(join(dataDir, 'idp', 'jwks.json'), 'utf8')).keys[0];
    const sign = async (key: Parameters<SignJWT['sign']>[0], kid: string, exp: number, iss = `${api.url}/idp`) => new SignJWT({ acr: 'basic' })
      .setProtectedHeader({ alg: 'RS256', kid }).setSubject('lena').setIssuer(iss).setAudience('amtsweg-api').setIssuedAt(exp - 3600).setExpirationTime(exp).sign(key);
    const now = Math.floor(Date.now() / 1000);
    const expired = await sign(await importJWK(jwk, 'RS256'), jwk.kid, now - 60);
    const foreignKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    const foreign = await sign(await importJWK(foreignKey, 'RS256'), jwk.kid, now + 600);
    const wrongAudience = await issueDevToken({ dataDir, publicUrl: api.url, user: 'lena', audience: 'other-api' });
    const wrongIssuer = await issueDevToken({ dataDir, publicUrl: 'http://elsewhere.example', user: 'lena' });
    for (const token of [tampered, expired, foreign, wrongAudience, wrongIssuer, 'not-a-jwt']) {
      const res = await call('/api/me', bearer(token));
      expect(res, token).toMatchObject({ status: 401, body: { status: 401, code: 'invalid-token' } });
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    }
    expect((await call('/api/me', bearer(expired))).body.message).toMatch(/expired/);
    expect(await call('/api/me', { headers: { authorization: 'Basic dXNlcjpwdw==' } })).toMatchObject({ status: 401, body: { code: 'invalid-token' } });
  });

  it('refuses bearer tokens that live longer than the maximum (1 h), lack iat or are issued in the future (issue 9)', async () => {
    const century = await issueDevToken({ dataDir, publicUrl: api.url, user: 'clerk-gewerbe', ttlSeconds: 100 * 365 * 24 * 3600 });
    expect(await call('/api/me', bearer(century))).toMatchObject({ status: 401, body: { status: 401, code: 'invalid-token', message: expect.stringMatching(/lifetime/) } });
    const jwk = JSON.parse(readFileSync(join(dataDir, 'idp', 'jwks.json'), 'utf8')).keys[0];
    const key = await importJWK(jwk, 'RS256');
    const now = Math.floor(Date.now() / 1000);
    const token = (claims: { iat?: number; exp: number }) => {
      const jwt = new SignJWT({ acr: 'basic' }).setProtectedHeader({ alg: 'RS256', kid: jwk.kid }).setSubject('lena').setIssuer(`${api.url}/idp`).setAudience('amtsweg-api').setExpirationTime(claims.exp);
      return (claims.iat === undefined ? jwt : jwt.setIssuedAt(claims.iat)).sign(key);
    };
    for (const t of [await token({ exp: now + 600 }), await token({ iat: now + 86_400, exp: now + 86_400 + 600 }), await token({ iat: now - 60, exp: now + 3600 })]) {
      expect(await call('/api/me', bearer(t))).toMatchObject({ status: 401, body: { code: 'invalid-token' } });
    }
    expect((await call('/api/me', bearer(await token({ iat: now, exp: now + 3600 })))).status).toBe(200);
    expect((await call('/api/me', bearer(await issueDevToken({ dataDir, publicUrl: api.url, user: 'lena' })))).status).toBe(200);
  });

  it('requireAssurance answers 403 assurance-too-low with required and actual', async () => {
    const lena = await issueDevToken({ dataDir, publicUrl: api.url, user: 'lena' });
    expect(await call('/test/high', bearer(lena))).toMatchObject({
      status: 403, body: { status: 403, code: 'assurance-too-low', details: { required: 'high', actual: 'basic' } },
    });
    const erika = await issueDevToken({ dataDir, publicUrl: api.url, user: 'erika' });
    expect(await call('/test/high', bearer(erika))).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('issues JWT access tokens for the API at its token endpoint, with the identity claims', async () => {
    const jar = new Jar();
    const verifier = randomBytes(32).toString('base64url');
    const authorize = new URL(`${api.url}/idp/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'amtsweg', response_type: 'code', redirect_uri: `${api.url}/auth/callback`, scope: 'openid profile amtsweg api',
      state: 's', nonce: 'n', code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256',
    }).toString();
    const page = await browse(jar, authorize.href);
    const action = /action="([^"]+)"/.exec(await page.res.text())![1]!;
    const done = await browse(jar, action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'identity=clerk-bau' },
      (u) => u.pathname === '/auth/callback');
    const code = done.url.searchParams.get('code')!;
    const { clientSecret } = JSON.parse(readFileSync(join(dataDir, 'idp', 'secrets.json'), 'utf8'));
    const token = await fetch(`${api.url}/idp/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: `${api.url}/auth/callback`, code_verifier: verifier, client_id: 'amtsweg', client_secret: clientSecret }),
    }).then((r) => r.json() as Promise<any>);
    expect(decodeJwt(token.access_token)).toMatchObject({
      iss: `${api.url}/idp`, aud: 'amtsweg-api', sub: 'clerk-bau', amtsweg_kind: 'staff', amtsweg_authority: 'bauaufsicht', acr: 'http://eidas.europa.eu/LoA/substantial',
    });
    expect(decodeJwt(token.id_token)).toMatchObject({ acr: 'http://eidas.europa.eu/LoA/substantial', sub: 'clerk-bau', name: 'Bernd Bau (Bauaufsicht)', amtsweg_authority: 'bauaufsicht' });
    expect(await call('/api/me', bearer(token.access_token))).toMatchObject({ status: 200, body: { sub: 'clerk-bau', authority: 'bauaufsicht' } });
  });

  it('publishes discovery and only public keys; unknown IdP paths are the IdP\'s 404', async () => {
    const discovery = await call('/idp/.well-known/openid-configuration');
    expect(discovery.body).toMatchObject({ issuer: `${api.url}/idp`, token_endpoint: `${api.url}/idp/token` });
    const jwks = await call('/idp/jwks');
    expect(jwks.body.keys[0]).not.toHaveProperty('d');
    expect((await call('/idp/nope')).status).toBe(404);
  });

  describe('the development IdP serves this machine only (issue 9, finding 2)', () => {
    // A peer that is not loopback is refused by devIdpGuard (server/identity/devIdpGuard.test.ts
    // with socket addresses of every kind); the tests here send traffic to loopback only.
    it('refuses a foreign Host (421) on the IdP, the login and the API, and never echoes it', async () => {
      for (const path of ['/idp/.well-known/openid-configuration', '/idp/auth?client_id=amtsweg', '/auth/login', '/api/me']) {
        const res = await rawGet(api.url, path, { host: 'amtsweg.evil.example' });
        expect(res.status, path).toBe(421);
        expect(JSON.parse(res.text), path).toMatchObject({ status: 421, code: 'misdirected-request' });
        expect(res.text).not.toContain('evil');
      }
    });

    it('answers discovery with its configured public URL under another loopback name', async () => {
      const res = await rawGet(api.url, '/idp/.well-known/openid-configuration', { host: `localhost:${new URL(api.url).port}` });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toMatchObject({ issuer: `${api.url}/idp`, authorization_endpoint: `${api.url}/idp/auth`, token_endpoint: `${api.url}/idp/token` });
      expect(res.text).not.toContain('localhost');
    });
  });

  it('keeps keys in the data folder (0600), so tokens and sessions survive a restart', async () => {
    expect(statSync(join(dataDir, 'idp', 'jwks.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'identity', 'session-key.json')).mode & 0o777).toBe(0o600);
    const token = await issueDevToken({ dataDir, publicUrl: api.url, user: 'erika' });
    const { jar } = await login('erika');
    await stop(api);
    api = await start(dataDir, database.store);
    // New port, new issuer URL: the old token's issuer no longer matches, a fresh one works with the same key.
    expect((await call('/api/me', bearer(token))).status).toBe(401);
    const again = await issueDevToken({ dataDir, publicUrl: api.url, user: 'erika' });
    expect((await call('/api/me', bearer(again))).body.sub).toBe('erika');
    expect((await call('/api/me', { headers: withJar(jar, '/api/me') })).body.sub).toBe('erika');
  });

  describe('tokenCommand()', () => {
    const env = () => ({ AMTSWEG_DATA_DIR: dataDir, AMTSWEG_PUBLIC_URL: api.url });

    it('prints a token the API accepts', async () => {
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        expect(await tokenCommand(['--user', 'designer'], env())).toBe(0);
        const token = String(log.mock.calls[0]?.[0]);
        expect(await call('/api/me', bearer(token))).toMatchObject({ status: 200, body: { sub: 'designer', kind: 'designer' } });
      } finally {
        log.mockRestore();
      }
    });

    it('refuses, naming the folder, when the data folder holds no key of a started server (issue 8)', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const elsewhere = mkdtempSync(join(tmpdir(), 'amtsweg-nokey-'));
      try {
        expect(await tokenCommand(['--user', 'erika'], { ...env(), AMTSWEG_DATA_DIR: elsewhere })).toBe(1);
        expect(String(error.mock.calls[0]?.[0])).toContain(`no development IdP key in ${join(elsewhere, 'idp', 'jwks.json')}`);
        expect(existsSync(join(elsewhere, 'idp'))).toBe(false); // no key of its own that the server would refuse
      } finally {
        error.mockRestore();
        rmSync(elsewhere, { recursive: true, force: true });
      }
    });

    it('refuses a --ttl longer than the API accepts (AMTSWEG_MAX_TOKEN_LIFETIME, default 1 h)', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        expect(await tokenCommand(['--user', 'erika', '--ttl', String(100 * 365 * 24 * 3600)], env())).toBe(1);
        expect(String(error.mock.calls[0]?.[0])).toMatch(/--ttl .*3600/);
        expect(await tokenCommand(['--user', 'erika', '--ttl', '7200'], { ...env(), AMTSWEG_MAX_TOKEN_LIFETIME: '7200' })).toBe(0);
        expect(log).toHaveBeenCalledOnce();
      } finally {
        error.mockRestore();
        log.mockRestore();
      }
    });

    it('refuses an unknown user and a non-development OIDC_ISSUER with exit code 1', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        expect(await tokenCommand(['--user', 'mallory'], env())).toBe(1);
        expect(String(error.mock.calls[0]?.[0])).toMatch(/unknown user "mallory"/);
        expect(await tokenCommand(['--user', 'erika'], { ...env(), OIDC_ISSUER: 'https://id.bund.de/realms/x' })).toBe(1);
        expect(String(error.mock.calls[1]?.[0])).toMatch(/not the development identity provider/);
        expect(await tokenCommand(['--user', 'erika'], { ...env(), OIDC_ISSUER: `${api.url}/idp` })).toBe(0);
        expect(log).toHaveBeenCalledOnce();
      } finally {
        error.mockRestore();
        log.mockRestore();
      }
    });
  });
});
