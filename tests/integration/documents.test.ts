import { beforeAll, describe, expect, it } from 'vitest';
import { loadAuthorities } from '../../config/index.js';
import { runPoppler } from '../../documents/testing/popplerTools.js';
import type { ProcedureConfig } from '../../engine/index.js';
import { waitFor } from '../../scripts/index.js';
import { view } from '../../workflows/index.js';
import { caseReference } from '../../documents/index.js';
import { catalogueDefinition, example, send, settled, startCase, withDeadlines } from '../support/cases.js';
import { useCaseSuite } from '../support/suite.js';

// Issue 13: every decision said "die Entscheidung lautet: APPROVE", showed the authority's id and
// dumped the case data; named notices fell back to "neuer Bearbeitungsstand: erinnerung". Each
// catalogue procedure is driven here to every final state that issues a document (and the
// Nachforderungen on the way): the sealed PDF carries the authority with its address, the
// Aktenzeichen, the Tenor and the Rechtsbehelfsbelehrung of the definition's template; the seal
// verifies; every mail has the procedure's own wording.
const authorities = loadAuthorities();
const citizens = { erika: 'erika.mustermann@example.org', jonas: 'jonas.beispiel@example.org', musterbau: 'max.mustermann@musterbau.example.org' };
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The PDF's text without page numbers, whitespace normalised. */
const pdfText = (pdf: Uint8Array) => norm(runPoppler('pdftotext', pdf).replace(/(Seite|Page) \d+ (von|of) \d+/g, ' ').replace(/\f/g, ' '));

/** The text of a template outside its tags and sections, in pieces of 12 or more characters: what every rendering shows. */
function fixedText(template: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let last = 0;
  for (const m of template.matchAll(/\{\{\s*([#^/!]?)[^}]*\}\}/g)) {
    if (depth === 0) pieces.push(template.slice(last, m.index));
    if (m[1] === '#' || m[1] === '^') depth += 1;
    else if (m[1] === '/') depth -= 1;
    last = m.index + m[0].length;
  }
  if (depth === 0) pieces.push(template.slice(last));
  return pieces.flatMap((p) => p.split('\n')).map(norm).filter((p) => p.length >= 12);
}

describe('documents and notices from the definitions\' templates (real Temporal, PostgreSQL, SMTP)', () => {
  const suite = useCaseSuite('documents');

  beforeAll(async () => {
    for (const [subject, email] of Object.entries(citizens)) {
      await suite.services.store.setPreference({ subject, email, channels: ['portal', 'email'], language: subject === 'jonas' ? 'en' : 'de', notifyOnAccess: false, postalAddress: null });
    }
  });

  const event = async (id: string, as: string, type: string, data: Record<string, unknown> = {}) => {
    const res = await suite.api.call('POST', `/api/cases/${id}/events`, { type, data }, { as });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { state: string };
  };
  const open = async (procedure: string, as: string) => {
    const id: string = (await suite.api.call('POST', '/api/cases', { procedure }, { as })).body.id;
    suite.caseIds.push(id);
    return id;
  };
  const stateIs = (id: string, state: string) => waitFor(`case in ${state}`, 60_000, async () => {
    expect((await suite.services.client.workflow.getHandle(id).query(view)).state).toBe(state);
  });

  /** Checks the sealed document `name` of the case against its template; returns the Aktenzeichen. */
  async function checkDocument(def: ProcedureConfig, id: string, name: string, template: string, clerk: string, language: 'de' | 'en' = 'de'): Promise<string> {
    const sealed = await waitFor(`${name} sealed`, 60_000, async () => {
      const found = (await suite.services.store.documentsOf(id)).find((d) => d.title === `${name} (gesiegelt)`);
      expect(found).toBeDefined();
      return found!;
    });
    const text = pdfText(new Uint8Array(sealed.content));
    const authority = authorities[def.authority]!;
    expect(text).toContain(norm(authority.name[language]));
    for (const line of authority.address) expect(text).toContain(line);
    const reference = caseReference(def.id, id, (await suite.services.store.getCase(id))!.createdAt);
    expect(text).toContain(`${language === 'de' ? 'Aktenzeichen' : 'Reference'}: ${reference}`);
    const doc = def.documents![template]!;
    for (const piece of [...fixedText(doc.title[language]), ...fixedText(doc.tenor[language])]) expect(text).toContain(piece);
    if (doc.remedy) {
      expect(text).toContain(language === 'de' ? 'Rechtsbehelfsbelehrung' : 'Information on legal remedies');
      for (const piece of fixedText(doc.remedy[language])) expect(text).toContain(piece);
    }
    expect(text).not.toMatch(/Entscheidung lautet|decision is:/);
    const purpose = `?purpose=${encodeURIComponent('Prüfung des Bescheids')}`;
    expect((await suite.api.call('GET', `/api/documents/${sealed.id}/verify${purpose}`, undefined, { as: clerk })).body).toMatchObject({
      ok: true, kind: 'sealed', checks: { signature: 'passed', certificate: 'passed' },
    });
    return reference;
  }

  /** Waits for the mail of the procedure's notification `name` to `who`, in their language. */
  async function checkMail(def: ProcedureConfig, who: keyof typeof citizens, name: string, reference: string, language: 'de' | 'en' = 'de'): Promise<void> {
    const note = def.notifications![name]!;
    const subjectPieces = fixedText(note.subject[language]).concat(note.subject[language].includes('{{case.reference}}') ? [reference] : []);
    const mail = await suite.services.mail.waitFor((m) => m.to.includes(citizens[who]) && subjectPieces.every((p) => m.subject.includes(p)), 30_000);
    for (const piece of fixedText(note.body[language])) expect(norm(mail.text)).toContain(piece);
    expect(mail.text).not.toMatch(/Bearbeitungsstand|new status/);
  }

  it('gewerbeanmeldung: Nachforderung and Empfangsbescheinigung', async () => {
    const def = catalogueDefinition('gewerbeanmeldung');
    const id = await open('gewerbeanmeldung', 'erika');
    await event(id, 'erika', 'SUBMIT', example(def, 'anmeldung'));
    await event(id, 'clerk-gewerbe', 'REQUEST_DOCUMENTS', example(def, 'nachforderung'));
    const reference = await checkDocument(def, id, 'nachforderungsschreiben', 'gewerbe-nachforderung', 'clerk-gewerbe');
    await checkMail(def, 'erika', 'gewerbe-nachforderung', reference);
    await event(id, 'erika', 'SUBMIT_DOCUMENTS', example(def, 'nachreichung'));
    await event(id, 'clerk-gewerbe', 'CONFIRM', example(def, 'bestaetigung'));
    await checkDocument(def, id, 'bescheinigung', 'gewerbeanmeldebescheinigung', 'clerk-gewerbe');
    await checkMail(def, 'erika', 'gewerbe-bestaetigt', reference);
    // The tax office's notice names the business, as § 14 Abs. 8 GewO requires.
    const notice = await waitFor('notice to the tax office', 30_000, async () => {
      const found = (await suite.services.store.inboxOf('authority:finanzamt')).find((m) => m.caseId === id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(notice.subject).toContain(reference);
    expect(notice.body).toContain(String(example(def, 'anmeldung').taetigkeit));
  });

  it('wohnsitzanmeldung: Meldebestätigung and Ablehnungsbescheid', async () => {
    const def = catalogueDefinition('wohnsitzanmeldung');
    const registered = await open('wohnsitzanmeldung', 'erika');
    await event(registered, 'erika', 'SUBMIT', example(def, 'anmeldung'));
    await event(registered, 'clerk-melde', 'REGISTER');
    await checkMail(def, 'erika', 'melde-bestaetigt', await checkDocument(def, registered, 'meldebestaetigung', 'meldebestaetigung', 'clerk-melde'));
    const refused = await open('wohnsitzanmeldung', 'erika');
    await event(refused, 'erika', 'SUBMIT', example(def, 'anmeldung'));
    await event(refused, 'clerk-melde', 'REJECT', example(def, 'ablehnung'));
    await checkMail(def, 'erika', 'melde-abgelehnt', await checkDocument(def, refused, 'bescheid', 'melde-ablehnungsbescheid', 'clerk-melde'));
  });

  it('baugenehmigung: Nachforderung, Baugenehmigung and Ablehnung', async () => {
    const def = catalogueDefinition('baugenehmigung');
    const statements = async (id: string) => {
      const handle = suite.services.client.workflow.getHandle(id);
      await send(handle, 'FIRE_STATEMENT', { id: 'kbi-musterkreis', role: 'fireAuthority' }, example(def, 'stellungnahmeBrandschutz'));
      await send(handle, 'MONUMENT_STATEMENT', { id: 'uds-musterkreis', role: 'monumentAuthority' }, example(def, 'stellungnahmeDenkmal'));
    };
    const approved = await open('baugenehmigung', 'erika');
    await event(approved, 'erika', 'SUBMIT', example(def, 'bauantrag'));
    await event(approved, 'clerk-bau', 'REQUEST_DOCUMENTS', example(def, 'nachforderung'));
    const reference = await checkDocument(def, approved, 'nachforderungsschreiben', 'bau-nachforderung', 'clerk-bau');
    await checkMail(def, 'erika', 'bau-nachforderung', reference);
    await event(approved, 'erika', 'SUBMIT_DOCUMENTS', example(def, 'nachreichung'));
    await event(approved, 'clerk-bau', 'CONFIRM_COMPLETE');
    await checkMail(def, 'erika', 'bau-vollstaendig-fristbeginn', reference);
    await statements(approved);
    await event(approved, 'clerk-bau', 'APPROVE', example(def, 'bescheid'));
    await checkDocument(def, approved, 'baugenehmigung', 'baugenehmigung', 'clerk-bau');
    await checkMail(def, 'erika', 'bau-genehmigt', reference);

    const rejected = await open('baugenehmigung', 'erika');
    await event(rejected, 'erika', 'SUBMIT', example(def, 'bauantrag'));
    await event(rejected, 'clerk-bau', 'CONFIRM_COMPLETE');
    await statements(rejected);
    await event(rejected, 'clerk-bau', 'REJECT', example(def, 'bescheid'));
    await checkMail(def, 'erika', 'bau-abgelehnt', await checkDocument(def, rejected, 'ablehnungsbescheid', 'bau-ablehnung', 'clerk-bau'));
  });

  it('baugenehmigung: Fiktionsbescheinigung when the authority does not decide in time (§ 42a VwVfG)', async () => {
    // Three months become six seconds, the statements' month two.
    const def = withDeadlines(catalogueDefinition('baugenehmigung'), { P3M: 'PT6S', P1M: 'PT2S' });
    const handle = await startCase(suite.services.client, suite.taskQueue, def);
    suite.caseIds.push(handle.workflowId);
    await settled(handle);
    await send(handle, 'SUBMIT', { id: 'erika', role: 'applicant' }, example(def, 'bauantrag'));
    await event(handle.workflowId, 'clerk-bau', 'CONFIRM_COMPLETE');
    await stateIs(handle.workflowId, 'genehmigtDurchFiktion');
    const reference = await checkDocument(def, handle.workflowId, 'fiktionsbescheinigung', 'bau-fiktionsbescheinigung', 'clerk-bau');
    await checkMail(def, 'erika', 'bau-fiktion', reference);
  });

  it('dsgvo-auskunft: Auskunft and Ablehnung, in the requester\'s language (English)', async () => {
    const def = catalogueDefinition('dsgvo-auskunft');
    const answered = await open('dsgvo-auskunft', 'jonas');
    await event(answered, 'jonas', 'SUBMIT', example(def, 'ersuchen'));
    await event(answered, 'clerk-datenschutz', 'ANSWER', example(def, 'auskunft'));
    await checkMail(def, 'jonas', 'dsgvo-auskunft-erteilt', await checkDocument(def, answered, 'auskunft', 'dsgvo-auskunft', 'clerk-datenschutz', 'en'), 'en');
    const refused = await open('dsgvo-auskunft', 'jonas');
    await event(refused, 'jonas', 'SUBMIT', example(def, 'ersuchen'));
    await event(refused, 'clerk-datenschutz', 'REFUSE', example(def, 'ablehnung'));
    await checkMail(def, 'jonas', 'dsgvo-weigerung-rechtsbehelf', await checkDocument(def, refused, 'weigerung', 'dsgvo-weigerung', 'clerk-datenschutz', 'en'), 'en');
  });

  it('vergabe-angebot: Niederschrift, Vorabinformation, Zuschlag and Aufhebung', async () => {
    const def = withDeadlines(catalogueDefinition('vergabe-angebot'), { P35D: 'PT4S', P10D: 'PT4S' });
    const tender = async () => {
      const handle = await startCase(suite.services.client, suite.taskQueue, def);
      suite.caseIds.push(handle.workflowId);
      await settled(handle);
      await event(handle.workflowId, 'clerk-vergabe', 'PUBLISH', example(def, 'bekanntmachung'));
      await send(handle, 'SUBMIT_BID', { id: 'musterbau', role: 'bidder' }, example(def, 'angebot'));
      await stateIs(handle.workflowId, 'oeffnung');
      await event(handle.workflowId, 'clerk-vergabe', 'OPEN_BIDS');
      await event(handle.workflowId, 'clerk-vergabe-2', 'OPEN_BIDS');
      await checkDocument(def, handle.workflowId, 'niederschrift', 'oeffnungsniederschrift', 'clerk-vergabe');
      return handle.workflowId;
    };
    const awarded = await tender();
    await event(awarded, 'clerk-vergabe', 'AWARD_INTENT', example(def, 'vorabinformation'));
    const reference = await checkDocument(def, awarded, 'vorabinformation', 'vorabinformation-134-gwb', 'clerk-vergabe');
    await checkMail(def, 'musterbau', 'vergabe-vorabinformation', reference);
    await stateIs(awarded, 'zuschlag');
    await checkDocument(def, awarded, 'zuschlagsschreiben', 'zuschlagsschreiben', 'clerk-vergabe');
    await checkMail(def, 'musterbau', 'vergabe-zuschlag-ergebnis', reference);

    const cancelled = await tender();
    await event(cancelled, 'clerk-vergabe', 'CANCEL', example(def, 'aufhebung'));
    await checkMail(def, 'musterbau', 'vergabe-aufhebung', await checkDocument(def, cancelled, 'aufhebung', 'aufhebungsmitteilung', 'clerk-vergabe'));
  });

  it('anfrage: the answer notice in the procedure\'s words (no document)', async () => {
    const def = catalogueDefinition('anfrage');
    const id = await open('anfrage', 'erika');
    await event(id, 'erika', 'SUBMIT', example(def, 'anfrage'));
    await event(id, 'clerk-buerger', 'ANSWER', example(def, 'antwort'));
    await checkMail(def, 'erika', 'anfrage-beantwortet', caseReference(def.id, id, (await suite.services.store.getCase(id))!.createdAt));
  });
});
