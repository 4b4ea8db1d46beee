import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/index.js';
import { catalogueDefinition, example, settled, startCase } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 9, finding 7: staff reads that logged nothing or the wrong thing — a replayed event
// answer, documents logged with the case's categories instead of their own, a purpose of blanks
// or control characters, and reads of a citizen's unsubmitted draft.

const erika = { as: 'erika' };
const clerk = { as: 'clerk-gewerbe' };
const purpose = encodeURIComponent('Prüfung der Gewerbeanmeldung');

type LogEntry = { categories: string[]; purpose: string; caseId: string; officer: string };
const accessLog = async (suite: ReturnType<typeof useCaseSuite>, as = erika): Promise<LogEntry[]> =>
  (await suite.api.call('GET', '/api/me/access-log', undefined, as)).body as LogEntry[];

describe('staff reads are checked and logged as what they are (issue 9, finding 7)', () => {
  const suite = useCaseSuite('staff-reads');
  const def = catalogueDefinition('gewerbeanmeldung');
  let submitted = '';

  beforeAll(async () => {
    // Erika's Gewerbeanmeldung without a permit; the clerk asks for documents, she sends them:
    // the case now holds `nachweise`, but only the later documents do.
    submitted = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, erika)).body.id;
    suite.caseIds.push(submitted);
    expect((await suite.api.call('POST', `/api/cases/${submitted}/events`, { type: 'SUBMIT', data: example(def, 'anmeldung') }, erika)).status).toBe(200);
  });

  const events = (caseId: string, body: unknown, as: { as: string }, key?: string) =>
    suite.api.call('POST', `/api/cases/${caseId}/events`, body, { ...as, ...(key ? { headers: { 'idempotency-key': key } } : {}) });

  it('logs a replayed staff event answer like the first one (Idempotency-Key)', async () => {
    const key = `replay-${randomUUID()}`;
    const body = { type: 'REQUEST_DOCUMENTS', data: example(def, 'nachforderung') };
    const before = (await accessLog(suite)).length;
    expect((await events(submitted, body, clerk, key)).status).toBe(200);
    expect(await accessLog(suite)).toHaveLength(before + 1);
    const again = await events(submitted, body, clerk, key);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replay')).toBe('true');
    const log = await accessLog(suite);
    expect(log).toHaveLength(before + 2);
    expect(log.at(-1)).toMatchObject({ officer: 'clerk-gewerbe', caseId: submitted, purpose: 'Ereignis REQUEST_DOCUMENTS' });
    // The key with another body is refused before anything is read: nothing logged.
    const reused = await events(submitted, { ...body, data: { ...body.data, hinweis: 'anders' } }, clerk, key);
    expect(reused).toMatchObject({ status: 422, body: { code: 'idempotency-key-reused' } });
    expect(await accessLog(suite)).toHaveLength(before + 2);
  });

  it('logs and gates a document read by the categories the document holds, not the case', async () => {
    expect((await events(submitted, { type: 'SUBMIT_DOCUMENTS', data: example(def, 'nachreichung') }, erika)).status).toBe(200);
    const docs = await waitFor('documents of the later submission', 30_000, async () => {
      const all = await suite.services.store.documentsOf(submitted);
      expect(all.filter((d) => d.kind === 'receipt')).toHaveLength(2);
      expect(all.some((d) => d.kind === 'submission')).toBe(true);
      return all;
    });
    // The first receipt covers the registration only: no consent needed, no `nachweise` logged.
    const firstReceipt = docs.find((d) => d.kind === 'receipt')!;
    const read = await suite.api.call('GET', `/api/documents/${firstReceipt.id}?purpose=${purpose}`, undefined, clerk);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect((await accessLog(suite)).at(-1)?.categories).toEqual(['dokument:receipt', 'gewerbe', 'identitaet', 'kontakt', 'verfahrensdaten']);
    // The documents sent later are permits: consent first.
    const filed = docs.find((d) => d.kind === 'submission')!;
    expect(await suite.api.call('GET', `/api/documents/${filed.id}?purpose=${purpose}`, undefined, clerk))
      .toMatchObject({ status: 403, body: { code: 'consent-required', details: { categories: ['nachweise'] } } });
  });

  it('refuses a purpose of blanks, control or format characters, or with a link, and logs nothing', async () => {
    const before = (await accessLog(suite)).length;
    for (const bad of ['     ', '\u0001\u0002\u0003\u0004', '\t\n\r\t', 'Prüfung\u202Egnufürp', 'Prüfung\u0000', 'siehe https://evil.example/x']) {
      const res = await suite.api.call('GET', `/api/cases/${submitted}?purpose=${encodeURIComponent(bad)}`, undefined, clerk);
      expect(res, JSON.stringify(bad)).toMatchObject({ status: 400, body: { code: 'purpose-invalid' } });
    }
    expect(await accessLog(suite)).toHaveLength(before);
    // Surrounding and repeated blanks are tidied, not refused.
    expect((await suite.api.call('GET', `/api/cases/${submitted}?purpose=${encodeURIComponent('  Prüfung   nach § 14 GewO ')}`, undefined, clerk)).status).toBe(200);
    expect((await accessLog(suite)).at(-1)?.purpose).toBe('Prüfung nach § 14 GewO');
  });

  it('shows staff nothing of a draft the citizen has not submitted', async () => {
    const draft = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, erika)).body.id;
    suite.caseIds.push(draft);
    const staffSees = async () => ({
      view: (await suite.api.call('GET', `/api/cases/${draft}?purpose=${purpose}`, undefined, clerk)).status,
      data: (await suite.api.call('GET', `/api/cases/${draft}/data?purpose=${purpose}`, undefined, clerk)).status,
      export: (await suite.api.call('GET', `/api/cases/${draft}/efile/export?purpose=${purpose}`, undefined, clerk)).status,
      consent: (await suite.api.call('POST', `/api/cases/${draft}/consent-requests`, { categories: ['nachweise'], purpose: 'antragspruefung', duration: 'P7D' }, clerk)).status,
      event: (await events(draft, { type: 'REQUEST_DOCUMENTS', data: example(def, 'nachforderung') }, clerk)).status,
      listed: ((await suite.api.call('GET', '/api/cases?limit=200', undefined, clerk)).body.items as { id: string }[]).some((c) => c.id === draft),
    });
    expect(await staffSees()).toEqual({ view: 404, data: 404, export: 404, consent: 404, event: 404, listed: false });
    expect((await suite.api.call('GET', `/api/cases/${draft}`, undefined, erika)).status).toBe(200);
    expect((await accessLog(suite)).some((e) => e.caseId === draft)).toBe(false);

    expect((await events(draft, { type: 'SUBMIT', data: example(def, 'anmeldung') }, erika)).status).toBe(200);
    expect((await suite.api.call('GET', `/api/cases/${draft}?purpose=${purpose}`, undefined, clerk)).status).toBe(200);
    await waitFor('submitted case in the staff list', 30_000, async () => {
      expect(((await suite.api.call('GET', '/api/cases?limit=200', undefined, clerk)).body.items as { id: string }[]).map((c) => c.id)).toContain(draft);
    });
  });

  it('still shows staff a case their authority must act in first (a tender before its notice)', async () => {
    // The contracting authority opens a tender (on Temporal: staff open no cases through the API).
    const tender = await startCase(suite.services.client, suite.taskQueue, catalogueDefinition('vergabe-angebot'));
    suite.caseIds.push(tender.workflowId);
    await settled(tender);
    await waitFor('tender projected', 30_000, async () => expect(await suite.services.store.getCase(tender.workflowId)).not.toBeNull());
    expect((await suite.api.call('GET', `/api/cases/${tender.workflowId}?purpose=${purpose}`, undefined, { as: 'clerk-vergabe' })).status).toBe(200);
  });

  it('records a bid as holding bid contents and contact data, though the case data never holds it', async () => {
    const vergabe = catalogueDefinition('vergabe-angebot');
    const tender = await startCase(suite.services.client, suite.taskQueue, vergabe);
    const id = tender.workflowId;
    suite.caseIds.push(id);
    await settled(tender);
    await waitFor('tender projected', 30_000, async () => expect(await suite.services.store.getCase(id)).not.toBeNull());
    expect((await events(id, { type: 'PUBLISH', data: example(vergabe, 'bekanntmachung') }, { as: 'clerk-vergabe' })).status).toBe(200);
    expect((await suite.api.call('POST', `/api/cases/${id}/participation`, undefined, { as: 'musterbau' })).status).toBe(200);
    expect((await events(id, { type: 'SUBMIT_BID', data: example(vergabe, 'angebot') }, { as: 'musterbau' })).status).toBe(200);
    const bid = await waitFor('bid filed', 30_000, async () => {
      const doc = (await suite.services.store.documentsOf(id)).find((d) => d.kind === 'submission');
      expect(doc).toBeDefined();
      return doc!;
    });
    expect(bid.categories).toEqual(['angebot', 'kontakt', 'verfahrensdaten']);
  });
});
