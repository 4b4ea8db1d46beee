import type { AppDeps } from '../AppDeps.js';
import { defineRoute } from '../http/RouteSpec.js';
import { health } from './responses.js';

async function probe(check: () => Promise<unknown>, timeoutMs: number): Promise<'ok' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), timeoutMs); });
  try {
    await Promise.race([check(), timeout]);
    return 'ok';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

/** `GET /api/health`: 200 when Temporal and the database answer, else 503 naming what is down. */
export function healthRoutes(deps: AppDeps) {
  return [defineRoute({
    method: 'get', path: '/api/health', tag: 'system', access: 'public', summary: 'Health of the API, Temporal and PostgreSQL', response: health,
    async handler({ ctx }) {
      const [temporal, database] = await Promise.all([
        probe(() => deps.temporal.client.connection.withDeadline(Date.now() + 3000, () =>
          deps.temporal.client.workflowService.describeNamespace({ namespace: deps.temporal.namespace })), 3500),
        probe(() => deps.store.ping(), 3000),
      ]);
      const ok = temporal === 'ok' && database === 'ok';
      ctx.status = ok ? 200 : 503;
      return { status: ok ? 'ok' : 'degraded', temporal, database };
    },
  })];
}
