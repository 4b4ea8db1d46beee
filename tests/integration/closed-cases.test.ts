import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowNotFoundError } from '@temporalio/client';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/runCli.js';
import { sha256Hex, verifyAuditChain } from '../../documents/index.js';
import { testInstant } from '../../documents/testing/testClock.js';
import { readTemporalConfig, waitFor } from '../../scripts/index.js';
import { enforceRetention, toAuditEntry } from '../../store/index.js';
import { replayCases } from '../support/replay.js';
import { useCaseSuite } from '../support/suite.js';

const erika = { as: 'erika' };
const clerk = { as: 'clerk-buerger' };
const purpose = '?purpose=Pr%C3%BCfung';
const YEAR_S = 365 * 86_400;

describe('closed cases are kept after Temporal forgets them (issue 15, item 4)', () => {
  const suite = useCaseSuite('closed-cases');
  const namespace = () => suite.services.client.options.namespace;
  const get = (path: string, as = erika) => suite.api.call('GET', path, undefined, as);

  /** Opens, submits (with a message from Erika) and answers an Anfrage: it closes in `answered`. */
  async function closedCase(betreff: string) {
    const id: string = (await suite.api.call('POST', '/api/cases', { procedure: 'anfrage' }, erika)).body.id;
    suite.caseIds.push(id);
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: { betreff, nachricht: 'Wie beantrage ich ihn?' } }, erika)).status).toBe(200);
    expect((await suite.api.call('POST', `/api/cases/${id}/messages`, { text: `Rückfrage zu ${betreff}` }, erika)).status).toBe(201);
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'ANSWER', data: { text: 'Bei der Straßenverkehrsbehörde.' } }, clerk)).body).toMatchObject({ status: 'done' });
    await suite.services.client.workflow.getHandle(id).result();
    return id;
  }

  /**
   * Temporal's own deletion of the execution, as its retention would do it: the dev server (Temporal
   * 1.29) refuses any namespace retention under one hour, so a test cannot wait for the real one.
   */
  async function forget(id: string) {
    // Its history replays against the current workflow code (as the suite does for the others), before it is gone.
    expect(await replayCases(suite.services.client, [id], suite.services.payloadCodec)).toBe(1);
    suite.caseIds.splice(suite.caseIds.indexOf(id), 1);
    await suite.services.client.workflowService.deleteWorkflowExecution({ namespace: namespace(), workflowExecution: { workflowId: id } });
    await waitFor(`workflow ${id} deleted`, 60_000, async () => {
      await expect(suite.services.client.workflow.getHandle(id).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    });
  }

  it('runs on the namespace retention of temporal.yaml; the dev server allows no less than one hour', async () => {
    const service = suite.services.client.workflowService;
    const described = await service.describeNamespace({ namespace: namespace() });
    expect(Number(described.config?.workflowExecutionRetentionTtl?.seconds)).toBe(readTemporalConfig().devServer.namespaceRetentionDays! * 86_400);
    const probe = (seconds: number) => service.registerNamespace({ namespace: `retention-probe-${randomUUID()}`, workflowExecutionRetentionPeriod: { seconds: seconds as never } });
    await expect(probe(59 * 60)).rejects.toThrow(/valid retention period/);
    await expect(probe(60 * 60)).resolves.toBeDefined();
  });

  it('answers every read route from PostgreSQL once the workflow history is gone', async () => {
    const id = await closedCase('Parkausweis');
    const routes = [
      [`/api/cases/${id}`, erika], [`/api/cases/${id}/data`, erika], [`/api/cases/${id}/history`, erika], [`/api/cases/${id}/documents`, erika],
      [`/api/cases/${id}/messages`, erika], ['/api/cases', erika], [`/api/cases/${id}${purpose}`, clerk], [`/api/cases/${id}/data${purpose}`, clerk],
    ] as const;
    const before = await Promise.all(routes.map(async ([path, as]) => get(path, as)));
    expect(before.map((r) => r.status)).toEqual(routes.map(() => 200));
    const kept = (await suite.services.store.closedCase(id))!;
    expect(kept).toMatchObject({ procedure: 'anfrage', retention: 'P2Y', view: { state: 'answered', status: 'done', pendingEffects: 0 } });
    expect(kept.data).toEqual(before[1]!.body.data);
    expect((await suite.services.store.auditTrail(id)).map((e) => e.action)).toContain('case.closed');

    await forget(id);
    const after = await Promise.all(routes.map(async ([path, as]) => get(path, as)));
    expect(after.map((r) => r.status)).toEqual(routes.map(() => 200));
    // The same answers as before; the history's reads grew by the staff reads above only.
    for (const index of [0, 1, 3, 4, 5, 7]) expect(after[index]!.body).toEqual(before[index]!.body);
    expect(after[2]!.body.audit).toEqual(before[2]!.body.audit);
    expect(after[2]!.body.reads).toEqual(expect.arrayContaining(before[2]!.body.reads));
    expect(after[6]!.body).toMatchObject({ state: 'answered', history: before[6]!.body.history, parties: [{ id: 'erika', role: 'applicant' }] });
    const document = before[3]!.body[0];
    expect((await get(`/api/documents/${document.id}/verify`)).body).toMatchObject({ ok: true });
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'ANSWER', data: { text: 'x' } }, clerk))).toMatchObject({ status: 409, body: { code: 'case-closed' } });
  });

  it('enforces the definition\'s retention: archive package first, then the personal data goes, recorded in the audit trail', async () => {
    const id = await closedCase('Anwohnerparken');
    await forget(id);
    const archiveDir = mkdtempSync(join(tmpdir(), 'amtsweg-archive-'));
    const receipt = (await get(`/api/cases/${id}/documents`)).body.find((d: { kind: string }) => d.kind === 'receipt');

    // A day after closing, P2Y has not run: nothing happens to the case.
    const early = await enforceRetention(suite.services.store, { now: testInstant(86_400), archiveDir });
    expect(early.deleted.map((d) => d.caseId)).not.toContain(id);
    expect((await get(`/api/cases/${id}/data`)).status).toBe(200);

    // Two workers' jobs at once (the hourly job runs in each): they take turns, the case is done once.
    const reports = await Promise.all([1, 2].map(() => enforceRetention(suite.services.store, { now: testInstant(2 * YEAR_S + 2 * 86_400), archiveDir })));
    expect(reports.flatMap((r) => r.failed)).toEqual([]);
    expect(reports.flatMap((r) => r.deleted).filter((d) => d.caseId === id)).toHaveLength(1);
    const done = reports.flatMap((r) => r.deleted).find((d) => d.caseId === id)!;
    expect(done.exportFile).toBe(join(archiveDir, `akte-${id}.zip`));
    const zip = readFileSync(done.exportFile);
    expect(sha256Hex(zip)).toBe(done.exportSha256);
    const files = unzipSync(new Uint8Array(zip));
    const names = Object.keys(files);
    expect(strFromU8(files['xdomea.xml']!)).toContain(`id="${id}"`);
    expect(strFromU8(files[names.find((n) => n.endsWith('falldaten.json'))!]!)).toContain('Anwohnerparken');
    expect(strFromU8(files[names.find((n) => n.endsWith('nachricht.txt'))!]!)).toBe('Rückfrage zu Anwohnerparken');
    expect(names.some((n) => n.includes(receipt.id))).toBe(true);

    // Afterwards: no form data, no parties, no document content, no message text; the procedure's record stays.
    const kept = (await suite.services.store.closedCase(id))!;
    expect(kept).toMatchObject({ data: null, exportSha256: done.exportSha256, view: { state: 'answered', parties: [{ id: 'deleted', role: 'applicant' }], personalDataDeleted: true } });
    expect(JSON.stringify(kept.view)).not.toContain('erika');
    expect((await get(`/api/cases/${id}`)).status).toBe(404);
    expect((await get(`/api/cases/${id}/data${purpose}`, clerk))).toMatchObject({ status: 410, body: { code: 'personal-data-deleted' } });
    expect((await get(`/api/cases/${id}${purpose}`, clerk)).body).toMatchObject({ state: 'answered', personalDataDeleted: true });
    expect((await get(`/api/documents/${receipt.id}${purpose}`, clerk))).toMatchObject({ status: 410, body: { code: 'content-deleted' } });
    expect((await get(`/api/cases/${id}/efile/export${purpose}`, clerk))).toMatchObject({ status: 410, body: { code: 'personal-data-deleted' } });
    expect((await get(`/api/cases/${id}/messages${purpose}`, clerk)).body.items.map((m: { text: string }) => m.text)).toEqual(['']);

    const trail = await suite.services.store.auditTrail(id);
    expect(verifyAuditChain(trail.map(toAuditEntry)).ok).toBe(true);
    expect(trail.filter((e) => e.action === 'case.personal-data-deleted')).toHaveLength(1);
    expect(trail.at(-1)).toMatchObject({
      action: 'case.personal-data-deleted', actor: 'system',
      details: { rule: { retention: 'P2Y', legalBasis: '§ 25 VwVfG', procedure: 'anfrage' }, archive: { sha256: done.exportSha256 }, deleted: { documents: expect.any(Number) } },
    });
    expect((trail.at(-1)!.details as { deleted: { documents: number } }).deleted.documents).toBeGreaterThan(0);

    // A second run finds nothing left to do for this case.
    const again = await enforceRetention(suite.services.store, { now: testInstant(2 * YEAR_S + 3 * 86_400), archiveDir });
    expect(again.deleted.map((d) => d.caseId)).not.toContain(id);
    expect((await suite.services.store.auditTrail(id)).length).toBe(trail.length);
  });
  it('`amtsweg retention due` lists and `retention run` archives and deletes what is due now', async () => {
    const id = await closedCase('Laermschutz');
    await forget(id);
    // As if its retention (P2Y) had run: the CLI judges by the real clock, so the due date moves back.
    await suite.services.store.knex().raw('update closed_case set delete_after = ? where case_id = ?', [testInstant(-60), id]);
    const saved = { DATABASE_URL: process.env.DATABASE_URL, AMTSWEG_DATA_DIR: process.env.AMTSWEG_DATA_DIR };
    process.env.DATABASE_URL = suite.services.postgres.url;
    process.env.AMTSWEG_DATA_DIR = suite.services.dir;
    let output = '';
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { output += `${args.join(' ')}\n`; });
    try {
      expect(await runCli(['retention', 'due'])).toBe(0);
      expect(output).toContain(id);
      output = '';
      expect(await runCli(['retention', 'run'])).toBe(0);
    } finally {
      log.mockRestore();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    const file = join(suite.services.dir, 'archive', `akte-${id}.zip`);
    expect(output).toContain(`DELETED ${id}: archived as ${file}`);
    expect(existsSync(file)).toBe(true);
    expect((await suite.services.store.closedCase(id))).toMatchObject({ data: null, exportFile: file });
    expect((await suite.services.store.auditTrail(id)).at(-1)!.action).toBe('case.personal-data-deleted');
  });
});
