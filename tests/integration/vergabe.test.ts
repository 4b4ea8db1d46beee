import { unzipSync } from 'fflate';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain, verifyReceipt } from '../../documents/index.js';
import { waitFor } from '../../scripts/index.js';
import { toAuditEntry } from '../../store/index.js';
import type { DocumentRecord } from '../../store/index.js';
import { view } from '../../workflows/index.js';
import { catalogueDefinition, example, send, settled, startCase, withDeadlines } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 9, finding 1: sealed bids were stored as plain JSON and read, price and all, through the
// e-file export and GET /api/documents/:id while the bid period ran. § 55 VgV: bids are opened
// after the deadline, by two officials of the contracting authority, and the opening is recorded.
const purpose = `?purpose=${encodeURIComponent('Vergabeverfahren VG-2026/014')}`;
const officer = { as: 'clerk-vergabe' };
const secondOfficer = { as: 'clerk-vergabe-2' };
const bids = {
  musterbau: { bieter: 'Blitzblank Reinigung GmbH', ustId: 'DE271828182', preisNetto: 412345.67, angebotsdokument: { name: 'angebot.pdf', sha256: 'a'.repeat(64) }, eigenerklaerungen: true },
  jonas: { bieter: 'Sauber und Söhne KG', ustId: 'DE314159265', preisNetto: 398765.43, angebotsdokument: { name: 'angebot.pdf', sha256: 'b'.repeat(64) }, eigenerklaerungen: true },
};
/** What must not be readable anywhere before the opening: prices, bidders' names and VAT ids. */
const secrets = Object.values(bids).flatMap((b) => [String(b.preisNetto), b.bieter, b.ustId]);

/** Every place in the suite's database that holds one of `needles` (bytea read as bytes); `url` sees every table (the superuser's). */
async function findInDatabase(url: string, needles: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")).rows as { table_name: string }[];
    const hits: string[] = [];
    for (const { table_name: table } of tables) {
      for (const row of (await client.query(`select * from "${table}"`)).rows as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          const text = Buffer.isBuffer(value) ? value.toString('utf8') : JSON.stringify(value) ?? '';
          for (const needle of needles) if (text.includes(needle)) hits.push(`${table}.${column}: ${needle}`);
        }
      }
    }
    return hits;
  } finally {
    await client.end();
  }
}

/** The text of every file in an e-file export ZIP, manifest included. */
function unzipText(zip: ArrayBuffer): string {
  return Object.values(unzipSync(new Uint8Array(zip))).map((bytes) => Buffer.from(bytes).toString('utf8')).join('\n');
}

describe('sealed tender bids (vergabe-angebot) on the real Temporal server and PostgreSQL', () => {
  const suite = useCaseSuite('vergabe');
  // The 35-day bid period (§ 15 Abs. 2 VgV) becomes fifteen seconds.
  const def = withDeadlines(catalogueDefinition('vergabe-angebot'), { P35D: 'PT15S' });
  let caseId = '';
  let bidDocs: DocumentRecord[] = [];
  const exportAs = async (who: { as: string }, query = purpose) => {
    const res = await fetch(`${suite.api.url}/api/cases/${caseId}/efile/export${query}`, { headers: { authorization: `Bearer ${await suite.api.token(who.as)}` } });
    expect(res.status).toBe(200);
    return unzipText(await res.arrayBuffer());
  };
  const state = async () => (await suite.services.client.workflow.getHandle(caseId).query(view)).state;

  beforeAll(async () => {
    // One case per tender, opened by the contracting authority; the bidders submit through any
    // client of the cluster (the API lets only parties reach a case).
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    caseId = handle.workflowId;
    suite.caseIds.push(caseId);
    await settled(handle);
    const published = await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'PUBLISH', data: example(def, 'bekanntmachung') }, officer);
    expect(published).toMatchObject({ status: 200, body: { state: 'angebotsfrist' } });
    await send(handle, 'SUBMIT_BID', { id: 'musterbau', role: 'bidder' }, bids.musterbau);
    await send(handle, 'SUBMIT_BID', { id: 'jonas', role: 'bidder' }, bids.jonas);
    await settled(handle);
    bidDocs = (await suite.services.store.documentsOf(caseId)).filter((d) => d.kind === 'submission');
    expect(bidDocs).toHaveLength(2);
  });

  it('keeps every bid sealed during the bid period: the export, the document routes and the database hold no price', async () => {
    expect(await state()).toBe('angebotsfrist');
    const exported = await exportAs(officer);
    for (const secret of secrets) expect(exported).not.toContain(secret);
    // The Akte shows that each bid exists, its hash and time of receipt.
    for (const doc of bidDocs) expect(exported).toContain(doc.sha256);
    expect(exported).toMatch(/<Versiegelt eingang="[^"]+Z" sha256="[a-f0-9]{64}"\/>/);

    const reads = [
      ...bidDocs.map((doc) => ({ doc, path: `/api/documents/${doc.id}${purpose}`, who: officer })),
      { doc: bidDocs[0]!, path: `/api/documents/${bidDocs[0]!.id}`, who: { as: 'musterbau' } },
    ];
    for (const { doc, path, who } of reads) {
      const res = await suite.api.call('GET', path, undefined, who);
      expect(res).toMatchObject({ status: 409, body: { code: 'document-sealed', details: { sealed: true, sha256: doc.sha256, receivedAt: expect.stringMatching(/Z$/) } } });
      for (const secret of secrets) expect(JSON.stringify(res.body)).not.toContain(secret);
    }
    // A competing bidder does not even learn that the other bid exists.
    expect((await suite.api.call('GET', `/api/documents/${bidDocs[1]!.id}`, undefined, { as: 'musterbau' })).status).toBe(404);
    for (const doc of bidDocs) {
      const verified = await suite.api.call('GET', `/api/documents/${doc.id}/verify${purpose}`, undefined, officer);
      expect(verified).toMatchObject({ status: 200, body: { ok: true, sealed: true, sha256: doc.sha256 } });
    }
    expect(await findInDatabase(suite.services.postgres.superuserUrl, secrets)).toEqual([]);
    // Nobody opens before the deadline.
    const early = await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'OPEN_BIDS' }, officer);
    expect(early).toMatchObject({ status: 409, body: { code: 'not-accepted-in-state' } });
    expect(await state()).toBe('angebotsfrist');
  });

  it('binds each bidder\'s receipt to the hash of the bid received', async () => {
    const receipts = (await suite.services.store.documentsOf(caseId)).filter((d) => d.kind === 'receipt');
    expect(receipts).toHaveLength(2);
    const trusted = { trustedCertificates: [suite.services.rootCertificatePem] };
    for (const [i, bid] of [bids.musterbau, bids.jonas].entries()) {
      const checked = await verifyReceipt(new Uint8Array(receipts[i]!.content), { ...trusted, data: bid });
      expect(checked.ok).toBe(true);
      expect(checked.receipt?.dataSha256).toBe(bidDocs[i]!.sha256);
    }
  });

  it('shows a bidder nothing of a competing bidder: not in the case view, the Akte, the documents or an event\'s answer', async () => {
    // Review finding: bidder B (jonas) saw A (musterbau) in `parties` and `history`, A's receipt
    // and A's audit entries in the export, and could download A's receipt.
    const competitor = { as: 'jonas' };
    const receipts = (await suite.services.store.documentsOf(caseId)).filter((d) => d.kind === 'receipt');
    const receiptOf = (bid: DocumentRecord) => receipts.find((r) => JSON.parse(r.content.toString('utf8')).receipt.dataSha256 === bid.sha256)!;
    const [theirs, mine] = [receiptOf(bidDocs[0]!), receiptOf(bidDocs[1]!)];

    const read = await suite.api.call('GET', `/api/cases/${caseId}`, undefined, competitor);
    expect(read.status).toBe(200);
    const caseView = read.body as { parties: { id: string }[]; history: { type: string; actor?: { id: string } }[] };
    expect(caseView.parties).toEqual([{ id: 'jonas', role: 'bidder' }]);
    expect(caseView.history.filter((h) => h.type === 'SUBMIT_BID').map((h) => h.actor?.id)).toEqual(['jonas']);
    expect(JSON.stringify(read.body)).not.toContain('musterbau');
    // Staff still see both bidders.
    const staffView = (await suite.api.call('GET', `/api/cases/${caseId}${purpose}`, undefined, officer)).body as typeof caseView;
    expect(staffView.parties.map((p) => p.id).sort()).toEqual(['jonas', 'musterbau']);

    const exported = await exportAs(competitor, '');
    expect(exported).toContain(mine.id);
    for (const leak of ['musterbau', theirs.id, theirs.sha256, bidDocs[0]!.id]) expect(exported).not.toContain(leak);
    // Its audit trail is an excerpt, with gaps by design: marked so, not as a broken chain.
    expect(exported).toContain('kette="auszug"');

    for (const path of [`/api/documents/${theirs.id}`, `/api/documents/${theirs.id}/verify`]) {
      expect(await suite.api.call('GET', path, undefined, competitor)).toMatchObject({ status: 404, body: { code: 'document-not-found' } });
    }
    expect((await suite.api.call('GET', `/api/documents/${mine.id}`, undefined, competitor)).status).toBe(200);

    // The answer to an event is the case view as well: a revised bid sent through the API shows no competitor.
    const other = await startCase(suite.services.client, suite.taskQueue, catalogueDefinition('vergabe-angebot'));
    suite.caseIds.push(other.workflowId);
    await send(other, 'PUBLISH', { id: 'clerk-vergabe', role: 'procurementOfficer' }, example(def, 'bekanntmachung'));
    await send(other, 'SUBMIT_BID', { id: 'musterbau', role: 'bidder' }, bids.musterbau);
    await send(other, 'SUBMIT_BID', { id: 'jonas', role: 'bidder' }, bids.jonas);
    await settled(other);
    const answered = await suite.api.call('POST', `/api/cases/${other.workflowId}/events`, { type: 'SUBMIT_BID', data: bids.jonas }, competitor);
    expect(answered.status).toBe(200);
    expect(JSON.stringify(answered.body)).not.toContain('musterbau');
  });

  it('keeps them sealed after the deadline until two officials open them: one official alone cannot', async () => {
    await waitFor('bid period over', 60_000, async () => expect(await state()).toBe('oeffnung'));
    const first = await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'OPEN_BIDS' }, officer);
    expect(first).toMatchObject({ status: 200, body: { state: 'oeffnung', approvals: [{ type: 'OPEN_BIDS', by: ['clerk-vergabe'] }] } });
    const again = await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'OPEN_BIDS' }, officer);
    expect(again).toMatchObject({ status: 409, body: { code: 'already-approved' } });
    await settled(suite.services.client.workflow.getHandle(caseId));
    expect(await state()).toBe('oeffnung');
    expect((await suite.api.call('GET', `/api/documents/${bidDocs[0]!.id}${purpose}`, undefined, officer)).status).toBe(409);
    expect(await findInDatabase(suite.services.postgres.superuserUrl, secrets)).toEqual([]);
    const trail = await suite.services.store.auditTrail(caseId);
    expect(trail.filter((e) => e.action === 'event.approved')).toMatchObject([{ actor: 'clerk-vergabe', details: { event: 'OPEN_BIDS', approvals: 1, quorum: 2 } }]);
  });

  it('opens them when a second official confirms: the bids read normally and the opening is in the audit trail', async () => {
    const opened = await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'OPEN_BIDS' }, secondOfficer);
    expect(opened).toMatchObject({ status: 200, body: { state: 'wertung', approvals: [] } });
    await settled(suite.services.client.workflow.getHandle(caseId));

    for (const [i, bid] of [bids.musterbau, bids.jonas].entries()) {
      const res = await suite.api.call('GET', `/api/documents/${bidDocs[i]!.id}${purpose}`, undefined, officer);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(bid);
      expect(res.headers.get('digest')).toBe(`sha-256=${Buffer.from(bidDocs[i]!.sha256, 'hex').toString('base64')}`);
    }
    const exported = await exportAs(officer);
    for (const bid of Object.values(bids)) expect(exported).toContain(String(bid.preisNetto));

    const trail = (await suite.services.store.auditTrail(caseId)).map(toAuditEntry);
    expect(verifyAuditChain(trail)).toEqual({ ok: true });
    const opening = trail.filter((e) => e.action === 'sealed.opened');
    expect(opening).toHaveLength(1);
    expect(opening[0]).toMatchObject({
      actor: 'clerk-vergabe-2',
      details: { event: 'OPEN_BIDS', officials: ['clerk-vergabe', 'clerk-vergabe-2'], documents: bidDocs.map((d) => ({ id: d.id, sha256: d.sha256 })), failed: [] },
    });
    expect(trail.find((e) => e.action === 'case.transition' && (e.details as { event?: string }).event === 'OPEN_BIDS')?.details).toMatchObject({ actors: ['clerk-vergabe', 'clerk-vergabe-2'] });
  });

  it('shows an opened bid to the contracting authority and its own bidder, never to a competitor', async () => {
    const [mine, theirs] = bidDocs;
    expect((await suite.api.call('GET', `/api/documents/${mine!.id}`, undefined, { as: 'musterbau' })).body).toEqual(bids.musterbau);
    expect((await suite.api.call('GET', `/api/documents/${theirs!.id}`, undefined, { as: 'musterbau' })).status).toBe(404);
    const exported = await exportAs({ as: 'musterbau' }, '');
    expect(exported).toContain(String(bids.musterbau.preisNetto));
    expect(exported).not.toContain(String(bids.jonas.preisNetto));
  });

  it('opens nothing for an event one person fired, even in a definition that skipped the validator', async () => {
    const careless = catalogueDefinition('vergabe-angebot');
    delete careless.events.OPEN_BIDS!.quorum;
    careless.machine.states.angebotsfrist!.on!.OPEN_BIDS = { target: 'wertung', actions: [{ type: 'openSealed', params: { document: 'angebot' } }] };
    const handle = await startCase(suite.services.client, suite.taskQueue, careless);
    suite.caseIds.push(handle.workflowId);
    await send(handle, 'PUBLISH', { id: 'clerk-vergabe', role: 'procurementOfficer' }, example(careless, 'bekanntmachung'));
    await send(handle, 'SUBMIT_BID', { id: 'musterbau', role: 'bidder' }, { ...bids.musterbau, preisNetto: 612345.25 });
    expect((await send(handle, 'OPEN_BIDS', { id: 'clerk-vergabe', role: 'procurementOfficer' })).state).toBe('wertung');
    const final = await settled(handle);
    expect(final.failures).toMatchObject([{ type: 'openSealed', message: expect.stringContaining('needs at least two') }]);
    const bid = (await suite.services.store.documentsOf(handle.workflowId)).find((d) => d.kind === 'submission')!;
    expect(bid.seal?.openedAt).toBeUndefined();
    expect(await findInDatabase(suite.services.postgres.superuserUrl, ['612345'])).toEqual([]);
  });

  it('seals a bid\'s attachments too — content, name and media type — and opens them with it', async () => {
    const withFile = withDeadlines(catalogueDefinition('vergabe-angebot'), { P35D: 'PT8S' });
    (withFile.forms!.angebot!.schema.properties as Record<string, unknown>).preisblatt = { type: 'string', maxLength: 10_000 };
    const handle = await startCase(suite.services.client, suite.taskQueue, withFile);
    suite.caseIds.push(handle.workflowId);
    await send(handle, 'PUBLISH', { id: 'clerk-vergabe', role: 'procurementOfficer' }, example(withFile, 'bekanntmachung'));
    const sheet = 'Preisblatt: Gesamtpreis 512345,89 EUR';
    const bid = { ...bids.musterbau, preisNetto: 512345.89, preisblatt: `data:text/plain;name=preisblatt.txt;base64,${Buffer.from(sheet).toString('base64')}` };
    await send(handle, 'SUBMIT_BID', { id: 'musterbau', role: 'bidder' }, bid);
    await settled(handle);
    const attachment = () => suite.services.store.documentsOf(handle.workflowId).then((docs) => docs.find((d) => d.kind === 'attachment')!);
    expect(await attachment()).toMatchObject({ title: 'angebot (versiegelt)', mediaType: 'application/jose+json', seal: { document: 'angebot', submitter: 'musterbau' } });
    expect(await findInDatabase(suite.services.postgres.superuserUrl, ['512345', 'Gesamtpreis'])).toEqual([]);
    expect(JSON.stringify(await attachment())).not.toContain('preisblatt');

    await waitFor('bid period over', 60_000, async () => expect((await handle.query(view)).state).toBe('oeffnung'));
    expect((await send(handle, 'OPEN_BIDS', { id: 'clerk-vergabe', role: 'procurementOfficer' })).state).toBe('oeffnung');
    expect((await send(handle, 'OPEN_BIDS', { id: 'clerk-vergabe-2', role: 'procurementOfficer' })).state).toBe('wertung');
    await settled(handle);
    const opened = await attachment();
    expect(opened).toMatchObject({ title: 'preisblatt.txt', fileName: 'preisblatt.txt', mediaType: 'text/plain', size: sheet.length });
    expect(opened.content.toString('utf8')).toBe(sheet);
    // Review finding: the receipt of a sealed bid listed the attachment's name, media type and
    // exact size, readable by staff before the opening. It binds the hash only, and still verifies.
    const receipt = (await suite.services.store.documentsOf(handle.workflowId)).find((d) => d.kind === 'receipt')!;
    expect(JSON.parse(receipt.content.toString('utf8')).receipt.attachments).toEqual([{ sha256: opened.sha256 }]);
    for (const leak of ['preisblatt', 'text/plain', `"size"`]) expect(receipt.content.toString('utf8')).not.toContain(leak);
    const trusted = { trustedCertificates: [suite.services.rootCertificatePem] };
    const received = [{ name: 'preisblatt.txt', mediaType: 'text/plain', content: new Uint8Array(Buffer.from(sheet)) }];
    expect(await verifyReceipt(new Uint8Array(receipt.content), { ...trusted, attachments: received })).toMatchObject({ ok: true, errors: [] });
    const forged = [{ ...received[0]!, content: new Uint8Array(Buffer.from(`${sheet}!`)) }];
    expect((await verifyReceipt(new Uint8Array(receipt.content), { ...trusted, attachments: forged })).ok).toBe(false);
  });
});
