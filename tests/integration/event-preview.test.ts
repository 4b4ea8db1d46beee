import { beforeAll, describe, expect, it } from 'vitest';
import { runPoppler } from '../../documents/testing/popplerTools.js';
import { waitFor } from '../../scripts/index.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 11: "an event that seals shows what will be sealed before it is fired". The preview
// renders the step's documents with the same templates and renderer as the effect, marked as a
// draft, authorised like firing the event, logged like any staff read — and changes nothing.

const clerk = { as: 'clerk-gewerbe' };
const purpose = `?purpose=${encodeURIComponent('Entscheidung vorbereiten')}`;
type Preview = { event: string; at: string; documents: { document: string; fileName: string; mediaType: string; size: number; content: string }[] };

describe('POST /api/cases/:id/events/:event/preview', () => {
  const suite = useCaseSuite('event-preview');
  const gewerbe = catalogueDefinition('gewerbeanmeldung');
  let id = '';
  const preview = (event: string, data: unknown, as = clerk, query = purpose) => suite.api.call('POST', `/api/cases/${id}/events/${event}/preview${query}`, data === undefined ? {} : { data }, as);
  /** What must not change: the workflow's view, the Akte's documents and audit trail. */
  const footprint = async () => ({
    view: (await suite.api.call('GET', `/api/cases/${id}`, undefined, { as: 'erika' })).body as { seq: number; state: unknown; history: unknown[] },
    documents: (await suite.services.store.documentsOf(id)).map((d) => d.id).sort(),
    audit: (await suite.services.store.auditTrail(id)).length,
  });

  beforeAll(async () => {
    id = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id;
    suite.caseIds.push(id);
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'SUBMIT', data: example(gewerbe, 'anmeldung') }, { as: 'erika' })).status).toBe(200);
    await waitFor('the receipt and the projection', 30_000, async () => {
      expect((await suite.services.store.documentsOf(id)).some((d) => d.kind === 'receipt')).toBe(true);
      expect((await suite.api.call('GET', `/api/cases/${id}`, undefined, { as: 'erika' })).body.pendingEffects).toBe(0);
    });
  });

  it('renders the certificate CONFIRM would seal, as a marked draft with the data typed, and changes nothing', async () => {
    const before = await footprint();
    const res = await preview('CONFIRM', { registernummer: 'GEW-2026-000777' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const answer = res.body as Preview;
    expect(answer.documents.map((d) => [d.document, d.mediaType])).toEqual([['bescheinigung', 'application/pdf']]);
    const pdf = Buffer.from(answer.documents[0]!.content, 'base64');
    expect(pdf.byteLength).toBe(answer.documents[0]!.size);
    const text = runPoppler('pdftotext', pdf);
    for (const expected of ['Entwurf – nicht bekanntgegeben', 'GEW-2026-000777', 'Erika Mustermann', 'Einzelhandel mit Büchern', 'nicht gesiegelt']) expect(text).toContain(expected);
    // Not sealed: no signature in the draft.
    expect(pdf.toString('latin1')).not.toContain('/ByteRange');
    expect(await footprint()).toEqual(before);
    // The read is in Erika's access log, with the purpose given.
    const log = (await suite.api.call('GET', '/api/me/access-log', undefined, { as: 'erika' })).body as { purpose: string; categories: string[]; officer: string }[];
    expect(log).toContainEqual(expect.objectContaining({ officer: 'clerk-gewerbe', purpose: 'Entscheidung vorbereiten', categories: expect.arrayContaining(['entwurf']) }));
  });

  it('refuses callers who may not fire the event: a citizen, staff of another authority, no purpose', async () => {
    expect((await preview('CONFIRM', { registernummer: 'GEW-2026-000777' }, { as: 'erika' })).status).toBe(403);
    // Another authority learns nothing about the case, as on every case route.
    expect((await preview('CONFIRM', { registernummer: 'GEW-2026-000777' }, { as: 'clerk-bau' })).status).toBe(404);
    expect((await preview('CONFIRM', { registernummer: 'GEW-2026-000777' }, clerk, '')).body.code).toBe('purpose-required');
    // The applicant's event: not the clerk's role.
    expect((await preview('WITHDRAW', undefined)).status).toBe(403);
  });

  it('answers 409 for an event the state does not accept or the definition lacks, 422 for invalid data', async () => {
    expect((await preview('NOPE', undefined)).status).toBe(409);
    const invalid = await preview('CONFIRM', { registernummer: 'kein gültiges Format' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('invalid-form-data');
    const before = await footprint();
    // REQUEST_DOCUMENTS renders the letter asking for documents (sealed on entry of nachforderung).
    const letter = await preview('REQUEST_DOCUMENTS', example(gewerbe, 'nachforderung'));
    expect((letter.body as Preview).documents.map((d) => d.document)).toEqual(['nachforderungsschreiben']);
    expect(await footprint()).toEqual(before);
    expect((await suite.api.call('POST', `/api/cases/${id}/events`, { type: 'REQUEST_DOCUMENTS', data: example(gewerbe, 'nachforderung') }, clerk)).status).toBe(200);
    const refused = await preview('CONFIRM', { registernummer: 'GEW-2026-000777' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('not-accepted-in-state');
  });

  it('shows an asked authority the case only until it gave its statement, then says why (403)', async () => {
    const bau = catalogueDefinition('baugenehmigung');
    const permit: string = (await suite.api.call('POST', '/api/cases', { procedure: 'baugenehmigung' }, { as: 'erika' })).body.id;
    suite.caseIds.push(permit);
    const fire = { as: 'clerk-brandschutz' };
    const fireEvent = async (type: string, data: Record<string, unknown>, as: { as: string }) => {
      const res = await suite.api.call('POST', `/api/cases/${permit}/events`, { type, data }, as);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    await fireEvent('SUBMIT', example(bau, 'bauantrag'), { as: 'erika' });
    await fireEvent('CONFIRM_COMPLETE', {}, { as: 'clerk-bau' });
    expect((await suite.api.call('GET', `/api/cases/${permit}${purpose}`, undefined, fire)).status).toBe(200);
    // Asked for its statement, fire protection still may not preview the building authority's decision.
    const decision = await suite.api.call('POST', `/api/cases/${permit}/events/APPROVE/preview${purpose}`, { data: {} }, fire);
    expect(decision.status).toBe(403);
    // A statement renders nothing: an empty preview.
    const statement = await suite.api.call('POST', `/api/cases/${permit}/events/FIRE_STATEMENT/preview${purpose}`, { data: example(bau, 'stellungnahmeBrandschutz') }, fire);
    expect(statement.body.documents).toEqual([]);
    await fireEvent('FIRE_STATEMENT', example(bau, 'stellungnahmeBrandschutz'), fire);
    const after = await suite.api.call('GET', `/api/cases/${permit}${purpose}`, undefined, fire);
    expect(after.status).toBe(403);
    expect(after.body.code).toBe('no-longer-involved');
    // Without a purpose too (the workbench asks so before any read): the same answer, nothing logged.
    expect((await suite.api.call('GET', `/api/cases/${permit}`, undefined, fire)).body.code).toBe('no-longer-involved');
    // Monument protection, still asked, reads on.
    expect((await suite.api.call('GET', `/api/cases/${permit}${purpose}`, undefined, { as: 'clerk-denkmal' })).status).toBe(200);
  });
});
