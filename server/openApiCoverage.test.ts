import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Router from '@koa/router';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Middleware } from 'koa';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppDeps } from './AppDeps.js';
import { apiDocument, createApp } from './createApp.js';
import { DEV_IDENTITIES } from './identity/index.js';

// Issue 10: the OpenAPI document covers every route (`/api/me` and `/auth/*` were missing) and
// says how to authenticate. These tests walk the routers createApp really mounts, so a route
// added without documentation fails here.
describe('the OpenAPI document of createApp()', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'amtsweg-openapi-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  // Only built, never called: the routes need no running services.
  const deps = {
    temporal: {}, store: {}, catalogue: {}, log: () => undefined, trustedCertificates: async () => [],
    identity: { publicUrl: 'http://localhost:8080', dataDir },
  } as unknown as AppDeps;
  const app = createApp(deps);
  const doc = apiDocument() as { paths: Record<string, Record<string, Record<string, unknown>>>; components: Record<string, Record<string, unknown>> };

  /** Every method + path of every @koa/router mounted on the app (`routes()` keeps its router). */
  const mounted = app.middleware
    .map((m) => (m as Middleware & { router?: Router }).router)
    .filter((r): r is Router => r !== undefined)
    .flatMap((router) => router.stack.flatMap((layer) => layer.methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${String(layer.path).replace(/:(\w+)/g, '{$1}')}`)));
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));

  it('documents every route the app mounts, and nothing it does not', () => {
    expect(mounted.length).toBeGreaterThan(30);
    expect(mounted).toContain('GET /api/me');
    expect(mounted).toContain('POST /auth/logout');
    expect([...new Set(mounted)].sort()).toEqual([...documented].sort());
  });

  it('names the session cookie the server sets and the bearer scheme, and protects every non-public operation', () => {
    expect(doc.components.securitySchemes).toMatchObject({ session: { type: 'apiKey', in: 'cookie', name: 'amtsweg_session' }, bearer: { type: 'http', scheme: 'bearer' } });
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method} ${path}`;
        expect(['public', 'any', 'citizen', 'staff', 'designer'], where).toContain(op['x-amtsweg-access']);
        expect(op.security, where).toEqual(op['x-amtsweg-access'] === 'public' ? [] : [{ bearer: [] }, { session: [] }]);
      }
    }
  });

  it('describes /api/me with the Principal schema, which every development identity satisfies', () => {
    const validate = new Ajv2020({ strict: true }).compile({ ...doc.components.schemas!.Principal as object, additionalProperties: false });
    for (const principal of DEV_IDENTITIES) expect(validate(principal), `${principal.sub}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(doc.paths['/api/me']!.get).toMatchObject({ 'x-amtsweg-access': 'any' });
  });

  it('declares the answer of every JSON operation (no `unknown` in the generated client types)', () => {
    const undeclared = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).flatMap(([method, op]) => {
      const responses = op.responses as Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
      const schema = (responses['200'] ?? responses['201'])?.content?.['application/json']?.schema;
      return schema && Object.keys(schema).length === 0 ? [`${method.toUpperCase()} ${path}`] : [];
    }));
    expect(undeclared).toEqual([]);
  });

  it('is valid OpenAPI 3.1 (Redocly\'s spec rules)', async () => {
    const config = await createConfig({ rules: { struct: 'error', 'no-unresolved-refs': 'error', 'path-parameters-defined': 'error', 'operation-operationId-unique': 'error' } });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`)).toEqual([]);
  });
});
