import { errorSchema } from '../routes/schemas.js';
import { idempotencyKeyParameter } from './idempotency.js';
import type { RouteSpec } from './RouteSpec.js';

/** OpenAPI 3.1 of the API, generated from the same route declarations that validate requests. */
export function openApiDocument(specs: RouteSpec<never, unknown>[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    const queryProps = (spec.query?.properties ?? {}) as Record<string, unknown>;
    const ok = String(spec.status ?? 200);
    paths[path] ??= {};
    paths[path][spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.access === 'public' ? { security: [] } : { 'x-amtsweg-access': spec.access }),
      parameters: [
        ...Object.entries(spec.params ?? {}).map(([name, kind]) => ({ name, in: 'path', required: true, schema: kind === 'uuid' ? { type: 'string', format: 'uuid' } : { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' } })),
        ...Object.entries(queryProps).map(([name, schema]) => ({ name, in: 'query', required: false, schema })),
        ...(spec.idempotent ? [idempotencyKeyParameter] : []),
      ],
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
      responses: {
        [ok]: { description: 'OK', content: { [spec.produces ?? 'application/json']: { schema: spec.produces ? { type: 'string', format: 'binary' } : spec.response ?? {} } } },
        default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Amtsweg API', version, description: 'Cases, documents, consents and the access log of Amtsweg. Errors share one shape.' },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        session: { type: 'apiKey', in: 'cookie', name: 'amtsweg_session' },
      },
    },
    paths,
  };
}
