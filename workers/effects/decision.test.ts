import { describe, expect, it } from 'vitest';
import { runPoppler } from '../../documents/testing/popplerTools.js';
import { testInstant, testIso } from '../../documents/testing/testClock.js';
import { effectTemplate } from '../../engine/index.js';
import type { Effect, EffectParams, ProcedureConfig } from '../../engine/index.js';
import type { DocumentRecord, InboxRecord, PreferenceRecord, Store } from '../../store/index.js';
import { renderDecision } from './decision.js';
import type { EffectDeps, RunEffectInput } from './EffectInput.js';
import { notify } from './notify.js';

// Issue 13: the old renderer listed every field of the case, an IBAN included, and named
// notices fell back to "neuer Bearbeitungsstand". A fake store is enough here: the integration
// test (tests/integration/documents.test.ts) runs the same handlers on PostgreSQL.
const def = {
  id: 'zuschuss', version: 1, title: { de: 'Zuschuss', en: 'Grant' }, authority: 'amt', legalBasis: 'Art. 1 ZuschussG',
  roles: { applicant: { kind: 'citizen' }, clerk: { kind: 'staff' } },
  dataCategories: { bank: { consentRequired: true } },
  forms: { antrag: { schema: { type: 'object', properties: { name: { type: 'string' }, iban: { type: 'string', 'x-data-category': 'bank' } } } } },
  documents: {
    bescheid: {
      kind: 'bescheid', title: { de: 'Zuschussbescheid', en: 'Grant decision' },
      addressee: { de: '{{data.antrag.name}}', en: '{{data.antrag.name}}' },
      tenor: { de: 'Frau {{data.antrag.name}} erhält den Zuschuss.', en: 'Ms {{data.antrag.name}} receives the grant.' },
      reasons: { de: 'Die Voraussetzungen nach {{procedure.legalBasis}} liegen vor.', en: 'The conditions of {{procedure.legalBasis}} are met.' },
      remedy: { de: 'Klage binnen eines Monats.', en: 'Action within one month.' },
    },
  },
  notifications: {
    erinnerung: { subject: { de: 'Erinnerung zu {{case.reference}}', en: 'Reminder about {{case.reference}}' }, body: { de: 'Bitte antworten Sie, {{data.antrag.name}}.', en: 'Please reply, {{data.antrag.name}}.' } },
  },
  events: {}, machine: { initial: 'a', states: { a: {} } },
} as unknown as ProcedureConfig;
const IBAN = 'DE02120300000000202051';
const caseId = '1a2b3c4d-0000-4000-8000-000000000001';

function fakeStore(language: 'de' | 'en') {
  const documents: DocumentRecord[] = [];
  const inbox: Omit<InboxRecord, 'createdAt'>[] = [];
  const store = {
    getCase: async () => ({ id: caseId, createdAt: testInstant(), deadlines: [] }),
    documentsOf: async () => documents,
    getPreference: async (subject: string): Promise<PreferenceRecord> => ({ subject, email: null, channels: ['portal'], language, notifyOnAccess: false, postalAddress: null } as never),
    addDocument: async (doc: DocumentRecord) => (documents.push({ ...doc, createdAt: testInstant() }), doc),
    appendAudit: async () => ({}),
    addInbox: async (message: Omit<InboxRecord, 'createdAt'>) => (inbox.push(message), true),
  };
  return { store: store as unknown as Store, documents, inbox };
}

function input<K extends 'renderDocument' | 'notify'>(type: K, params: EffectParams[K]): RunEffectInput<K> {
  const effect = { type, params } as Effect<K>;
  return {
    key: `${caseId}:1:0`, caseId, procedure: def.id, version: 1, authority: 'amt', title: def.title, seq: 1, index: 0, effect,
    trigger: { type: 'APPROVE', at: testIso(), data: {} }, parties: [{ id: 'erika', role: 'applicant', name: 'Łukasz Żółć' }], roles: ['applicant', 'clerk'],
    staffAuthorities: { clerk: 'amt' }, caseData: { antrag: { name: 'Łukasz Żółć', iban: IBAN } }, template: effectTemplate(def, effect),
  };
}
const deps = (store: Store): EffectDeps => ({
  store, signerFor: async () => { throw new Error('unused'); }, sealer: {} as never,
  authorities: { amt: { name: { de: 'Stadt Musterstadt – Amt', en: 'City of Musterstadt – Office' }, address: ['Rathausplatz 1', '86150 Musterstadt'], state: 'BY' } },
});

describe('renderDecision()', () => {
  it('shows what the template names and nothing else of the case: no IBAN, filed without its category', async () => {
    const { store, documents } = fakeStore('de');
    await renderDecision(input('renderDocument', { template: 'bescheid', document: 'bescheid' }), deps(store));
    const text = runPoppler('pdftotext', new Uint8Array(documents[0]!.content));
    for (const part of ['Stadt Musterstadt – Amt', 'Rathausplatz 1', 'Aktenzeichen: ZUSC-', 'Frau Łukasz Żółć erhält den Zuschuss.', 'Art. 1 ZuschussG', 'Rechtsbehelfsbelehrung', 'Klage binnen eines Monats.']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain(IBAN);
    expect(documents[0]!.categories).toEqual(['verfahrensdaten']);
  });

  it('shows a gated field where the template names it, and files the document with its category', async () => {
    const { store, documents } = fakeStore('de');
    const withIban = structuredClone(def);
    withIban.documents!.bescheid!.tenor.de = 'Auszahlung auf {{data.antrag.iban}}.';
    const effect = { type: 'renderDocument' as const, params: { template: 'bescheid', document: 'bescheid' } };
    await renderDecision({ ...input('renderDocument', effect.params), template: effectTemplate(withIban, effect) }, deps(store));
    expect(runPoppler('pdftotext', new Uint8Array(documents[0]!.content))).toContain(`Auszahlung auf ${IBAN}.`);
    expect(documents[0]!.categories).toEqual(['bank', 'verfahrensdaten']);
  });

  it('renders in the language the citizen chose', async () => {
    const { store, documents } = fakeStore('en');
    await renderDecision(input('renderDocument', { template: 'bescheid', document: 'bescheid' }), deps(store));
    const text = runPoppler('pdftotext', new Uint8Array(documents[0]!.content));
    expect(text).toContain('City of Musterstadt – Office');
    expect(text).toContain('Ms Łukasz Żółć receives the grant.');
  });

  it('fails without retry when the definition has no such template', async () => {
    const { store } = fakeStore('de');
    await expect(renderDecision({ ...input('renderDocument', { template: 'fehlt', document: 'bescheid' }) }, deps(store))).rejects.toMatchObject({ nonRetryable: true });
  });
});

describe('notify()', () => {
  it('sends the procedure\'s own notification in the recipient\'s language, not a status notice', async () => {
    for (const language of ['de', 'en'] as const) {
      const { store, inbox } = fakeStore(language);
      await notify(input('notify', { to: 'applicant', template: 'erinnerung' }), deps(store));
      expect(inbox).toHaveLength(1);
      expect(inbox[0]!.subject).toMatch(language === 'de' ? /^Erinnerung zu ZUSC-\d{4}-1A2B3C4D$/ : /^Reminder about ZUSC-/);
      expect(inbox[0]!.body).toContain(language === 'de' ? 'Bitte antworten Sie, Łukasz Żółć.' : 'Please reply, Łukasz Żółć.');
      expect(inbox[0]!.body).not.toMatch(/Bearbeitungsstand|status/);
      expect(inbox[0]!.template).toBe('erinnerung');
    }
  });
});
