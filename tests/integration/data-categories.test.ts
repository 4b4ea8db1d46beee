import { beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureConfig } from '../../engine/index.js';
import { waitFor } from '../../scripts/index.js';
import { publishApproved } from '../support/api.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 9, finding 4: a consent-gated category on a nested property (or inside an array, or
// behind a $ref) was ignored — staff read it without consent, and the log named only
// `verfahrensdaten`. Categories must hold at any depth, in the data and in documents.

const erika = { as: 'erika' };
const clerk = { as: 'clerk-gewerbe' };
const designer = { as: 'designer' };
const purpose = encodeURIComponent('Prüfung des Antrags');
const title = (de: string) => ({ de, en: de });

/** A small procedure whose gated categories sit below the top level of its form. */
function nestedProcedure(id: string): ProcedureConfig {
  return {
    id, version: 1, title: title('Tiefe Kategorien'), authority: 'gewerbeamt', legalBasis: '§ 14 GewO',
    roles: { applicant: { kind: 'citizen' }, clerk: { kind: 'staff' } },
    dataCategories: {
      identitaet: { title: title('Identität') },
      wohnort: { consentRequired: true, title: title('Wohnort') },
      fuehrung: { consentRequired: true, title: title('Führungszeugnis') },
    },
    forms: {
      antrag: {
        schema: {
          type: 'object', required: ['name', 'anschrift'], additionalProperties: false,
          properties: {
            name: { type: 'string', 'x-data-category': 'identitaet' },
            // The example: the street is gated, the rest of the address is not.
            anschrift: {
              type: 'object', 'x-data-category': 'identitaet', additionalProperties: false,
              properties: { strasse: { type: 'string', 'x-data-category': 'wohnort' }, ort: { type: 'string' } },
            },
            eintraege: {
              type: 'array',
              items: { type: 'object', additionalProperties: false, properties: { gericht: { type: 'string' }, urteil: { type: 'string', 'x-data-category': 'fuehrung' } } },
            },
            zweitwohnung: { $ref: '#/$defs/adresse' },
          },
          $defs: { adresse: { type: 'object', additionalProperties: false, properties: { strasse: { type: 'string', 'x-data-category': 'wohnort' } } } },
        },
      },
    },
    events: { SUBMIT: { by: ['applicant'], form: 'antrag' }, CLOSE: { by: ['clerk'] } },
    machine: {
      initial: 'entwurf',
      states: {
        entwurf: { on: { SUBMIT: { target: 'pruefung', actions: [{ type: 'receipt' }, { type: 'fileDocument', params: { document: 'antrag' } }] } } },
        pruefung: { on: { CLOSE: 'erledigt' } },
        erledigt: { type: 'final' },
      },
    },
  };
}

const answers = {
  name: 'Erika Mustermann',
  anschrift: { strasse: 'Heidestraße 17', ort: 'Köln' },
  eintraege: [{ gericht: 'AG Köln', urteil: 'Geldstrafe 30 Tagessätze' }],
  zweitwohnung: { strasse: 'Seeweg 4' },
};

describe('data categories at any depth (issue 9, finding 4)', () => {
  const suite = useCaseSuite('categories');
  let caseId = '';

  beforeAll(async () => {
    expect((await suite.api.call('POST', '/api/definitions', nestedProcedure('tiefe-kategorien'), designer)).status).toBe(201);
    // Four eyes: another designer approves, then it is live.
    const published = await publishApproved(suite.api, 'tiefe-kategorien');
    expect(published.body.status, JSON.stringify(published.body)).toBe('published');
    caseId = (await suite.api.call('POST', '/api/cases', { procedure: 'tiefe-kategorien' }, erika)).body.id;
    suite.caseIds.push(caseId);
    expect((await suite.api.call('POST', `/api/cases/${caseId}/events`, { type: 'SUBMIT', data: answers }, erika)).status).toBe(200);
    await waitFor('documents filed', 30_000, async () => {
      expect((await suite.services.store.documentsOf(caseId)).map((d) => d.kind).sort()).toEqual(['receipt', 'submission']);
    });
  });

  const data = (query = '') => suite.api.call('GET', `/api/cases/${caseId}/data?purpose=${purpose}${query}`, undefined, clerk);

  it('withholds a gated category on a nested property, in an array and behind a $ref, naming it', async () => {
    const all = await data();
    expect(all, JSON.stringify(all.body)).toMatchObject({ status: 403, body: { code: 'consent-required', details: { categories: ['fuehrung', 'wohnort'] } } });
  });

  it('returns the rest without the gated values, and lists the categories it returns', async () => {
    const rest = await data('&categories=identitaet,verfahrensdaten');
    expect(rest.status).toBe(200);
    expect(rest.body.categories).toEqual(['identitaet', 'verfahrensdaten']);
    expect(rest.body.data.antrag).toEqual({ name: 'Erika Mustermann', anschrift: { ort: 'Köln' }, eintraege: [{ gericht: 'AG Köln' }] });
    const log = (await suite.api.call('GET', '/api/me/access-log', undefined, erika)).body as { categories: string[] }[];
    expect(log.at(-1)?.categories).toEqual(['identitaet', 'verfahrensdaten']);
  });

  it('refuses a category the procedure does not have with 400', async () => {
    expect(await data('&categories=identitaet,erfunden')).toMatchObject({ status: 400, body: { code: 'unknown-category', details: { categories: ['erfunden'] } } });
  });

  it('keeps documents carrying nested gated data closed until the citizen grants', async () => {
    const docs = await suite.services.store.documentsOf(caseId);
    const submission = docs.find((d) => d.kind === 'submission')!;
    const read = () => suite.api.call('GET', `/api/documents/${submission.id}?purpose=${purpose}`, undefined, clerk);
    expect(await read()).toMatchObject({ status: 403, body: { code: 'consent-required', details: { categories: ['fuehrung', 'wohnort'] } } });
    const exported = await suite.api.call('GET', `/api/cases/${caseId}/efile/export?purpose=${purpose}`, undefined, clerk);
    expect(exported).toMatchObject({ status: 403, body: { code: 'consent-required', details: { categories: ['fuehrung', 'wohnort'] } } });

    const request = await suite.api.call('POST', `/api/cases/${caseId}/consent-requests`, { categories: ['wohnort'], purpose: 'antragspruefung', duration: 'P7D' }, clerk);
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    expect((await suite.api.call('POST', `/api/me/consents/${request.body.id}`, { decision: 'grant' }, erika)).status).toBe(200);
    const streets = await data('&categories=identitaet,wohnort');
    expect(streets.status).toBe(200);
    expect(streets.body.data.antrag).toEqual({ name: 'Erika Mustermann', anschrift: { strasse: 'Heidestraße 17', ort: 'Köln' }, zweitwohnung: { strasse: 'Seeweg 4' } });
    // The document holds the conviction too: still closed.
    expect(await read()).toMatchObject({ status: 403, body: { details: { categories: ['fuehrung'] } } });
  });

  it('refuses to publish a category where it could not be enforced (inside anyOf), naming the place', async () => {
    const def = nestedProcedure('kategorie-in-anyof');
    def.forms!.antrag!.schema.properties = {
      ...(def.forms!.antrag!.schema.properties as object),
      kontakt: { anyOf: [{ type: 'string', 'x-data-category': 'wohnort' }, { type: 'integer' }] },
    };
    expect((await suite.api.call('POST', '/api/definitions', def, designer)).status).toBe(201);
    const checked = await suite.api.call('POST', '/api/definitions/kategorie-in-anyof/validate', {}, designer);
    expect(checked.body.ok).toBe(false);
    expect(checked.body.errors).toContainEqual(expect.objectContaining({ code: 'category-unenforceable', path: '/forms/antrag/schema/properties/kontakt/anyOf' }));
    expect((await suite.api.call('POST', '/api/definitions/kategorie-in-anyof/publish', {}, designer))).toMatchObject({ status: 422, body: { code: 'definition-invalid' } });
  });
});
