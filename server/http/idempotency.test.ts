import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../AppDeps.js';
import { apiRoutes } from '../createApp.js';

// Issue 9, finding 7: a staff POST /events replayed with the same Idempotency-Key answered the
// stored case view without the access check or an access-log entry. Object-level checks now run
// in `authorize`, before the replay lookup; this keeps every route on a case or a consent so.
describe('idempotent routes', () => {
  const routes = apiRoutes({ temporal: { client: {}, namespace: 'x', taskQueue: 'x' } } as unknown as AppDeps);

  it('check access to the case or consent they address before a replay, not only in the handler', () => {
    const onObjects = routes.filter((r) => r.idempotent && /^\/api\/(cases|me)\/.*:\w+/.test(r.path));
    expect(onObjects.map((r) => r.path).sort()).toEqual(['/api/cases/:id/assignment', '/api/cases/:id/consent-requests', '/api/cases/:id/deadlines/:deadline/extension', '/api/cases/:id/events', '/api/cases/:id/messages', '/api/cases/:id/participation', '/api/me/consents/:id']);
    expect(onObjects.filter((r) => !r.authorize).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
});
