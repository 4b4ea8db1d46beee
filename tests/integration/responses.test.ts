import { randomUUID } from 'node:crypto';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiDocument } from '../../server/index.js';
import { catalogueDefinition, example } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 10: the UIs' client types come from the response schemas of the OpenAPI document. Real
// answers of the API, on the real services, must satisfy them — else the types lie.
const doc = apiDocument() as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
// The whole document as one schema, so `#/components/...` references inside resolve.
ajv.addSchema(doc, 'api');
const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** The declared answer of `method path` (OpenAPI path template) for `status`. */
function declared(method: string, template: string, status: number) {
  const op = doc.paths[template]?.[method.toLowerCase()];
  expect(op?.responses[String(status)]?.content?.['application/json']?.schema, `${method} ${template} declares ${status}`).toBeDefined();
  return ajv.getSchema(`api#/${pointer('paths', template, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema')}`)!;
}

describe('answers of the API match their declared response schemas', () => {
  const suite = useCaseSuite('responses');
  const def = catalogueDefinition('gewerbeanmeldung');
  let caseId = '';
  const purpose = '?purpose=Antragspr%C3%BCfung';

  /** Calls the route and checks status and body against its declaration; returns the body. */
  async function conforms(method: string, template: string, path: string, as: string | undefined, body?: unknown, status = 200, headers?: Record<string, string>) {
    const res = await suite.api.call(method, path, body, { ...(as ? { as } : {}), ...(headers ? { headers } : {}) });
    expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(status);
    const validate = declared(method, template, status);
    expect(validate(res.body) ? [] : validate.errors, `${method} ${path}`).toEqual([]);
    return res.body;
  }

  beforeAll(async () => {
    caseId = (await suite.api.call('POST', '/api/cases', { procedure: 'gewerbeanmeldung' }, { as: 'erika' })).body.id;
    suite.caseIds.push(caseId);
    const data = { ...example(def, 'anmeldung'), erlaubnispflichtig: true, erlaubnis: { behoerde: 'IHK München', datum: '2026-01-10' } };
    expect((await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'SUBMIT', data }, { as: 'erika' })).status).toBe(200);
  });

  it('for the catalogue, health and who I am', async () => {
    await conforms('GET', '/api/health', '/api/health', undefined);
    const list = await conforms('GET', '/api/procedures', '/api/procedures', undefined);
    expect(list.length).toBeGreaterThan(3);
    for (const { id } of list) await conforms('GET', '/api/procedures/{id}', `/api/procedures/${id}`, undefined);
    for (const who of ['erika', 'musterbau', 'clerk-gewerbe', 'designer']) await conforms('GET', '/api/me', '/api/me', who);
  });

  it('for cases, their data and documents, citizen and clerk alike', async () => {
    // The clerk asks only for what needs no consent.
    for (const [who, query, categories] of [['erika', '', ''], ['clerk-gewerbe', purpose, '&categories=identitaet']] as const) {
      await conforms('GET', '/api/cases', '/api/cases', who);
      const view = await conforms('GET', '/api/cases/{id}', `/api/cases/${caseId}${query}`, who);
      expect(view.history.length).toBeGreaterThan(0);
      await conforms('GET', '/api/cases/{id}/data', `/api/cases/${caseId}/data${query}${categories}`, who);
    }
    const inbox = await conforms('GET', '/api/me/inbox', '/api/me/inbox', 'erika');
    const receipt = inbox.find((m: { documentId: string | null }) => m.documentId)?.documentId;
    expect(receipt).toBeTruthy();
    expect((await conforms('GET', '/api/documents/{id}/verify', `/api/documents/${receipt}/verify`, 'erika')).ok).toBe(true);
    for (const [who, query] of [['erika', ''], ['clerk-gewerbe', purpose]] as const) {
      const documents = await conforms('GET', '/api/cases/{id}/documents', `/api/cases/${caseId}/documents${query}`, who);
      expect(documents.map((d: { id: string }) => d.id)).toContain(receipt);
    }
  });

  it('for the workbench: queue, assignment, history, inbox, colleagues', async () => {
    await conforms('GET', '/api/cases', '/api/cases?view=group&sort=deadline', 'clerk-gewerbe');
    await conforms('POST', '/api/cases/{id}/assignment', `/api/cases/${caseId}/assignment`, 'clerk-gewerbe', { assignee: 'clerk-gewerbe' });
    await conforms('POST', '/api/assignments', '/api/assignments', 'clerk-gewerbe', { caseIds: [caseId, randomUUID()], assignee: null });
    for (const [who, query] of [['erika', ''], ['clerk-gewerbe', purpose]] as const) {
      expect((await conforms('GET', '/api/cases/{id}/history', `/api/cases/${caseId}/history${query}`, who)).audit.length).toBeGreaterThan(0);
    }
    await conforms('GET', '/api/inbox', '/api/inbox', 'clerk-gewerbe');
    await conforms('GET', '/api/staff/colleagues', '/api/staff/colleagues', 'clerk-gewerbe');
  });

  it('for the data cockpit: held data, access log, consents and preferences', async () => {
    const purposes = await conforms('GET', '/api/cases/{id}/consent-purposes', `/api/cases/${caseId}/consent-purposes`, 'clerk-gewerbe') as { id: string }[];
    expect(purposes.map((p) => p.id)).toContain('nachweispruefung');
    const asked = await conforms('POST', '/api/cases/{id}/consent-requests', `/api/cases/${caseId}/consent-requests`, 'clerk-gewerbe',
      { categories: ['nachweise'], purpose: 'nachweispruefung', duration: 'P7D' }, 201);
    await conforms('GET', '/api/me/data', '/api/me/data', 'erika');
    expect((await conforms('GET', '/api/me/access-log', '/api/me/access-log', 'erika')).length).toBeGreaterThan(0);
    expect((await conforms('GET', '/api/me/consents', '/api/me/consents', 'erika')).length).toBeGreaterThan(0);
    await conforms('POST', '/api/me/consents/{id}', `/api/me/consents/${asked.id}`, 'erika', { decision: 'grant' });
    await conforms('GET', '/api/me/consents', '/api/me/consents', 'erika');
    // With the consent, the clerk may check the receipt (it holds the gated category).
    const receipt = (await suite.api.call('GET', '/api/me/inbox', undefined, { as: 'erika' })).body.find((m: { documentId: string | null }) => m.documentId).documentId;
    await conforms('GET', '/api/documents/{id}/verify', `/api/documents/${receipt}/verify${purpose}`, 'clerk-gewerbe');
    await conforms('GET', '/api/me/preferences', '/api/me/preferences', 'erika');
  });

  it('for the designer\'s definitions: save, validate, list, publish', async () => {
    const draft = { ...catalogueDefinition('anfrage'), id: 'anfrage-antworten' };
    const { etag } = await conforms('POST', '/api/definitions', '/api/definitions', 'designer', draft, 201);
    await conforms('PUT', '/api/definitions/{id}', '/api/definitions/anfrage-antworten', 'designer', draft, 200, { 'if-match': etag });
    await conforms('POST', '/api/definitions/{id}/validate', '/api/definitions/anfrage-antworten/validate', 'designer');
    await conforms('GET', '/api/definitions/{id}/layout', '/api/definitions/anfrage-antworten/layout?version=1', 'designer');
    await conforms('PUT', '/api/definitions/{id}/layout', '/api/definitions/anfrage-antworten/layout', 'designer', { version: 1, positions: { eingang: { x: 10, y: 20 } } });
    await conforms('GET', '/api/definitions/{id}/layout', '/api/definitions/anfrage-antworten/layout?version=1', 'designer');
    await conforms('POST', '/api/definition-checks', '/api/definition-checks', 'designer', { ...draft, machine: { initial: 'nirgends', states: {} } });
    await conforms('GET', '/api/definitions', '/api/definitions', 'designer');
    await conforms('GET', '/api/definitions/{id}', '/api/definitions/anfrage-antworten', 'designer');
    const asked = await conforms('POST', '/api/definitions/{id}/publish', '/api/definitions/anfrage-antworten/publish', 'designer');
    await conforms('POST', '/api/definitions/{id}/approve', '/api/definitions/anfrage-antworten/approve', 'designer-2', { sha256: asked.sha256 });
  });
});
