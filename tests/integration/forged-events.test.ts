import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { settled } from '../support/cases.js';
import { waitFor } from '../../scripts/index.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 9, finding 3: whoever reaches the Temporal frontend must not be able to send events in
// another person's name. Only holders of the installation's payload key create payloads the
// worker accepts, and an encrypted event is bound to its case and accepted once.

describe('events forged through Temporal (real Temporal, real PostgreSQL)', () => {
  const suite = useCaseSuite('forged');
  const submit = { betreff: 'Parkausweis', nachricht: 'Bitte um Auskunft.' };

  async function openCase(as: string): Promise<string> {
    const res = await suite.api.call('POST', '/api/cases', { procedure: 'anfrage' }, { as });
    expect(res.status).toBe(201);
    suite.caseIds.push(res.body.id);
    await settled(suite.services.client.workflow.getHandle(res.body.id));
    return res.body.id;
  }

  /** A client of the same cluster whose payloads are whatever `encode` makes of them. */
  const clientWith = (encode?: (payloads: Payload[]) => Promise<Payload[]>) => new Client({
    connection: suite.services.client.connection,
    namespace: suite.services.client.options.namespace,
    ...(encode ? { dataConverter: { payloadCodecs: [{ encode, decode: (p: Payload[]) => suite.services.payloadCodec.decode(p) }] } } : {}),
  });

  /** What Temporal, the projection and Jonas see of a case: all must stay as they were. */
  const snapshot = async (id: string) => ({
    history: (await suite.services.client.workflow.getHandle(id).fetchHistory()).events?.length,
    view: await suite.services.client.workflow.getHandle(id).query('view'),
    parties: (await suite.services.store.getCase(id))?.parties,
    jonas: (await suite.api.call('GET', `/api/cases/${id}`, undefined, { as: 'jonas' })).status,
  });

  it('refuses a plaintext sendEvent Update with a forged actor from a client without the key; the case is unchanged', async () => {
    const id = await openCase('erika');
    const before = await snapshot(id);
    expect(before).toMatchObject({ jonas: 404, parties: [{ id: 'erika', role: 'applicant' }] });

    const forged = clientWith().workflow.getHandle(id).executeUpdate('sendEvent', {
      args: [{ caseId: id, eventId: 'forged-1', type: 'SUBMIT', data: submit, actor: { id: 'jonas', role: 'applicant' } }],
    });
    await expect(forged).rejects.toMatchObject({ cause: { message: 'Unknown encoding: binary/refused; not encrypted' } });
    expect(await snapshot(id)).toEqual(before);

    // The normal path through the API still works.
    const res = await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: submit }, { as: 'erika' });
    expect(res).toMatchObject({ status: 200, body: { state: 'submitted', parties: [{ id: 'erika', role: 'applicant' }] } });
    expect(res.body.history.map((h: { actor: { id: string } }) => h.actor.id)).toEqual(['erika']);
  });

  it('refuses an encrypted event replayed onto another case or onto its own case again', async () => {
    const jonasCase = await openCase('jonas');
    const erikaCase = await openCase('erika');
    expect((await suite.api.call('POST', `/api/cases/${jonasCase}/events`, { type: 'SUBMIT', data: submit }, { as: 'jonas' })).status).toBe(200);
    await settled(suite.services.client.workflow.getHandle(jonasCase));
    // Jonas's own SUBMIT, as Temporal stores it: encrypted, with his actor inside.
    const history = await clientWith().workflow.getHandle(jonasCase).fetchHistory();
    const accepted = history.events?.find((e) => e.workflowExecutionUpdateAcceptedEventAttributes)?.workflowExecutionUpdateAcceptedEventAttributes;
    const captured = accepted?.acceptedRequest?.input?.args?.payloads?.[0];
    expect(Buffer.from(captured?.metadata?.encoding ?? []).toString()).toBe('binary/encrypted');
    const replay = clientWith(async () => [captured as Payload]);

    const before = await snapshot(erikaCase);
    await expect(replay.workflow.getHandle(erikaCase).executeUpdate('sendEvent', { args: [{}] }))
      .rejects.toMatchObject({ cause: { details: [{ code: 'event-misdirected' }] } });
    expect(await snapshot(erikaCase)).toEqual(before);

    const own = await snapshot(jonasCase);
    await expect(replay.workflow.getHandle(jonasCase).executeUpdate('sendEvent', { args: [{}] }))
      .rejects.toMatchObject({ cause: { details: [{ code: 'event-replayed' }] } });
    expect(await snapshot(jonasCase)).toEqual(own);
  });

  it('starts nothing from an encrypted start input copied onto another workflow id', async () => {
    const erikaCase = await openCase('erika');
    const history = await clientWith().workflow.getHandle(erikaCase).fetchHistory();
    const captured = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
    expect(Buffer.from(captured?.metadata?.encoding ?? []).toString()).toBe('binary/encrypted');
    const copy = randomUUID();
    const handle = await clientWith(async () => [captured as Payload]).workflow.start('caseWorkflow', { workflowId: copy, taskQueue: suite.taskQueue, args: [{}] });
    await waitFor('the copy to fail', 30_000, async () => expect((await handle.describe()).status.name).toBe('FAILED'));
    await expect(handle.result()).rejects.toMatchObject({ cause: { type: 'CaseMisdirected' } });
    expect(await suite.services.store.getCase(copy)).toBeNull();
    expect((await suite.api.call('GET', '/api/cases', undefined, { as: 'erika' })).body.items.map((c: { id: string }) => c.id)).not.toContain(copy);
  });
});
