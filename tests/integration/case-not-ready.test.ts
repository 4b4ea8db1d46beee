import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import { freePort } from '../../scripts/index.js';
import { caseAccess } from '../../server/access/caseAccess.js';
import { HttpError } from '../../server/HttpError.js';
import { Catalogue } from '../../server/index.js';
import type { AppDeps } from '../../server/AppDeps.js';
import type { Principal } from '../../server/identity/index.js';
import type { Store } from '../../store/index.js';
import { startStore } from '../support/services.js';

// Issue 15: while a case's projection still shows nothing happened (seq 0) its workflow decides
// whether staff may see it; when the engine cannot answer (Temporal or every worker down),
// staff of the owning authority got 404 `case-not-found`, as for a case that does not exist.
// They now get 503 `case-not-ready` with Retry-After. Real PostgreSQL; a real Temporal client
// of a server that is down (nothing listens on its port; no gRPC retries, to fail at once).

let store: Store;
let stopStore: () => Promise<void>;
let deps: AppDeps;
const anfrage = loadCatalogue().get('anfrage')!;
const staff = (authority: string): Principal => ({ sub: `clerk-${authority}`, name: 'Clerk', kind: 'staff', authority, assurance: 'substantial' });

beforeAll(async () => {
  ({ store, stop: stopStore } = await startStore());
  const connection = Connection.lazy({ address: `127.0.0.1:${await freePort()}`, interceptors: [] });
  deps = { store, catalogue: new Catalogue(loadCatalogue(), store), temporal: { client: new Client({ connection, namespace: 'amtsweg' }), namespace: 'amtsweg', taskQueue: 'x' } } as unknown as AppDeps;
});
afterAll(async () => { await stopStore?.(); });

/** A case of Erika's in the projection at transition `seq`. */
async function projected(seq: number): Promise<string> {
  const id = randomUUID();
  await store.projectCase({
    id, procedure: 'anfrage', version: anfrage.version, authority: anfrage.authority, state: seq ? 'submitted' : 'draft', status: 'active',
    parties: [{ id: 'erika', role: 'applicant' }], deadlines: [], seq,
  });
  return id;
}

const refusal = (p: Promise<unknown>) => p.then(() => undefined, (err: unknown) => (err instanceof HttpError ? { status: err.status, code: err.code, headers: err.headers } : err));

describe('staff reading a case whose projection lags while the engine is down (real PostgreSQL)', () => {
  it('tells staff of the owning authority to come back (503 with Retry-After), not that the case does not exist', async () => {
    const id = await projected(0);
    expect(await refusal(caseAccess(deps, staff('buergeramt'), id))).toMatchObject({ status: 503, code: 'case-not-ready', headers: { 'Retry-After': '5' } });
  }, 60_000);

  it('still answers 404 to staff of another authority, and lets the citizen and a projected case through without the engine', async () => {
    const id = await projected(0);
    expect(await refusal(caseAccess(deps, staff('gewerbeamt'), id))).toMatchObject({ status: 404, code: 'case-not-found' });
    expect(await caseAccess(deps, { sub: 'erika', name: 'Erika', kind: 'citizen', assurance: 'substantial' }, id)).toMatchObject({ as: 'party', roles: ['applicant'] });
    expect(await caseAccess(deps, staff('buergeramt'), await projected(1))).toMatchObject({ as: 'staff', roles: ['clerk'] });
  }, 60_000);
});
