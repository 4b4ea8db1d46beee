import { describe, expect, it } from 'vitest';
import { validateDefinition } from './index.js';
import type { GuardRule, ProcedureConfig, StateConfig, TransitionConfig } from './index.js';

/** A small valid procedure; each rule below breaks it in one place (fail) or bends it validly (pass). */
function base(): ProcedureConfig {
  return {
    id: 'probe', version: 1, title: { de: 'Probe', en: 'Probe' }, authority: 'amt', legalBasis: '§ 1 ProbeG',
    roles: { applicant: { kind: 'citizen' }, clerk: { kind: 'staff' } },
    recipients: { finanzamt: { title: { de: 'Finanzamt', en: 'Tax office' } } },
    dataCategories: { einkommen: { consentRequired: true } },
    forms: {
      antrag: {
        schema: {
          type: 'object', required: ['betrag'], additionalProperties: false,
          properties: { betrag: { type: 'integer', minimum: 0, 'x-data-category': 'einkommen' }, plz: { type: 'string', pattern: '^[0-9]{5}$' } },
        },
      },
    },
    events: { SUBMIT: { by: ['applicant'], form: 'antrag' }, APPROVE: { by: ['clerk'] }, REJECT: { by: ['clerk'] } },
    machine: {
      initial: 'draft',
      states: {
        draft: { on: { SUBMIT: { target: 'submitted', actions: [{ type: 'receipt' }] } } },
        submitted: {
          after: { P1M: 'lapsed' },
          on: { APPROVE: { target: 'approved', guard: { '>': [{ var: 'data.antrag.betrag' }, 100] } }, REJECT: 'rejected' },
        },
        approved: {
          type: 'final',
          entry: [
            { type: 'renderDocument', params: { template: 'bescheid', document: 'bescheid' } },
            { type: 'notify', params: { to: 'applicant', document: 'bescheid' } },
            { type: 'notify', params: { to: 'finanzamt' } },
          ],
        },
        rejected: { type: 'final' },
        lapsed: { type: 'final' },
      },
    },
    documents: {
      bescheid: {
        kind: 'bescheid', title: { de: 'Bescheid', en: 'Decision' },
        tenor: { de: 'Der Antrag ({{case.reference}}, PLZ {{data.antrag.plz}}) wird bewilligt.', en: 'The application ({{case.reference}}) is granted.' },
        reasons: { de: 'Die Voraussetzungen nach {{procedure.legalBasis}} liegen vor.', en: 'The conditions of {{procedure.legalBasis}} are met.' },
        remedy: { de: 'Klage binnen eines Monats.', en: 'Action within one month.' },
      },
    },
    retention: 'P1Y',
  };
}
const doc = (d: Def) => d.documents!.bescheid!;

type Def = ProcedureConfig & { machine: { states: Record<string, StateConfig> } };
const states = (d: Def) => d.machine.states;
const schema = (d: Def) => d.forms!.antrag!.schema as { properties: Record<string, Record<string, unknown>>; examples?: unknown[] };
const on = (d: Def, s: string) => states(d)[s]!.on!;

/** Files SUBMIT's data sealed; OPEN, fired by `quorum` clerks in `submitted`, opens it. */
function sealed(d: Def, { keepData = false, quorum = 2 } = {}): void {
  d.events.SUBMIT!.keepData = keepData;
  // Data filed sealed is not in the case: APPROVE's guard would read nothing (guard-data-unavailable).
  if (!keepData) on(d, 'submitted').APPROVE = 'approved';
  on(d, 'draft').SUBMIT = { target: 'submitted', actions: [{ type: 'receipt' }, { type: 'fileDocument', params: { document: 'antrag', sealed: true } }] };
  d.events.OPEN = { by: ['clerk'], quorum };
  on(d, 'submitted').OPEN = { target: 'approved', actions: [{ type: 'openSealed', params: { document: 'antrag' } }] };
}
const submit = (d: Def) => on(d, 'draft').SUBMIT as TransitionConfig;
const consent = (from?: string) => ({ type: 'requestConsent' as const, params: { categories: ['einkommen'], purpose: { de: 'Prüfung', en: 'Review' }, ...(from ? { from } : {}) } });

const big = { '>': [{ var: 'data.antrag.betrag' }, 100] };
/** SUBMIT leads to `pruefung`, which has only the eventless transitions `always`. */
function viaPruefung(d: Def, always: StateConfig['always']): void {
  submit(d).target = 'pruefung';
  states(d).pruefung = { always };
}
/** APPROVE carries a form `bescheid`; REJECT's guard reads it, though APPROVE ends the case. */
function withBescheid(d: Def): void {
  d.forms!.bescheid = { schema: { type: 'object', properties: { grund: { type: 'string' } } } };
  d.events.APPROVE!.form = 'bescheid';
  on(d, 'submitted').REJECT = [{ target: 'rejected', guard: { '!!': { var: 'data.bescheid.grund' } } }, { target: 'lapsed' }];
}

/** `submitted` becomes two regions: NOTE (form bescheid) in one, APPROVE guarded on it in the other. */
function inRegions(d: Def): void {
  d.forms!.bescheid = { schema: { type: 'object', properties: { grund: { type: 'string' } } } };
  d.events.NOTE = { by: ['clerk'], form: 'bescheid' };
  states(d).submitted = {
    type: 'parallel', onDone: 'approved',
    states: {
      notiz: { initial: 'offen', states: { offen: { on: { NOTE: 'fertig' } }, fertig: { type: 'final' } } },
      freigabe: { initial: 'offen', states: { offen: { on: { APPROVE: { target: 'fertig', guard: { '!!': { var: 'data.bescheid.grund' } } }, REJECT: '#rejected' } }, fertig: { type: 'final' } } },
    },
  };
  delete states(d).lapsed;
}

/** code, where it must point, the breaking change, a near miss that stays valid. */
const rules: [code: string, path: string, fail: (d: Def) => void, pass: (d: Def) => void][] = [
  ['schema-type', '/version', (d) => { (d as { version: unknown }).version = '1'; }, (d) => { d.version = 2; }],
  // The portal's catalogue: optional texts for grouping (authority, Lebenslage) and the fee.
  ['schema-type', '/lifeSituations', (d) => { (d as { lifeSituations: unknown }).lifeSituations = 'Umzug'; }, (d) => { d.lifeSituations = [{ de: 'Umzug', en: 'Moving house' }]; d.authorityTitle = { de: 'Amt', en: 'Office' }; }],
  ['schema-required', '/fee/en', (d) => { (d as { fee: unknown }).fee = { de: 'gebührenfrei' }; }, (d) => { d.fee = { de: 'gebührenfrei', en: 'free of charge' }; }],
  ['schema-additionalProperties', '/machine/states/draft/onEnter', (d) => { Object.assign(states(d).draft!, { onEnter: [] }); }, (d) => { states(d).draft!.entry = []; }],
  ['form-schema-invalid', '/forms/antrag/schema/properties/betrag/type', (d) => { schema(d).properties.betrag!.type = 'integr'; }, (d) => { schema(d).properties.betrag!.type = 'number'; }],
  ['form-schema-invalid', '/forms/antrag/schema', (d) => { schema(d).properties.betrag!.minimun = 0; }, (d) => { schema(d).properties.betrag!.maximum = 10; }],
  ['form-example-invalid', '/forms/antrag/schema/examples/0/betrag', (d) => { schema(d).examples = [{ betrag: -1 }]; }, (d) => { schema(d).examples = [{ betrag: 1 }]; }],
  ['state-unreachable', '/machine/states/orphan', (d) => { states(d).orphan = { on: { REJECT: 'rejected' } }; }, (d) => { states(d).orphan = { on: { REJECT: 'rejected' } }; on(d, 'draft').APPROVE = 'orphan'; }],
  ['final-unreachable', '/machine/states/archived', (d) => { states(d).archived = { type: 'final' }; }, (d) => { states(d).archived = { type: 'final' }; on(d, 'submitted').ARCHIVE = 'archived'; d.events.ARCHIVE = { by: ['clerk'] }; }],
  ['state-stuck', '/machine/states/approved', (d) => { states(d).approved = {}; }, (d) => { states(d).approved = { after: { P1D: 'rejected' } }; }],
  ['state-no-exit', '/machine/states/submitted', (d) => { states(d).submitted = { on: { APPROVE: 'submitted' } }; }, (d) => { on(d, 'submitted').SUBMIT = 'submitted'; }],
  ['event-undeclared', '/machine/states/submitted/on/ARCHIVE', (d) => { on(d, 'submitted').ARCHIVE = 'rejected'; }, (d) => { on(d, 'submitted').ARCHIVE = 'rejected'; d.events.ARCHIVE = { by: ['clerk'] }; }],
  ['role-undefined', '/events/APPROVE/by/0', (d) => { d.events.APPROVE!.by = ['chief']; }, (d) => { d.roles.chief = { kind: 'staff' }; d.events.APPROVE!.by = ['chief']; }],
  ['form-undefined', '/events/APPROVE/form', (d) => { d.events.APPROVE!.form = 'bescheid'; }, (d) => { d.events.APPROVE!.form = 'antrag'; }],
  ['effect-unknown', '/machine/states/approved/entry/0/type', (d) => { states(d).approved!.entry![0] = { type: 'sendFax' as 'receipt' }; }, (d) => { states(d).approved!.entry![0] = { type: 'renderDocument', params: { template: 'bescheid', document: 'bescheid' } }; }],
  ['effect-param-missing', '/machine/states/approved/entry/0/params/document', (d) => { states(d).approved!.entry![0] = { type: 'renderDocument', params: { template: 'bescheid' } } as never; }, () => {}],
  // Issue 13: handlers read params the meta-schema forbids; a bad param names the effect type.
  ['effect-param-unknown', '/machine/states/approved/entry/0/params/title', (d) => { states(d).approved!.entry![0] = { type: 'renderDocument', params: { template: 'bescheid', document: 'bescheid', title: 'Bescheid' } } as never; }, () => {}],
  ['effect-param-unknown', '/machine/states/approved/entry/2/params/state', (d) => { states(d).approved!.entry![2]!.params = { to: 'finanzamt', state: 'erledigt' } as never; }, (d) => { states(d).approved!.entry![2]!.params = { to: 'finanzamt', template: 'statusChanged' }; }],
  ['effect-params-missing', '/machine/states/approved/entry/3/params', (d) => { states(d).approved!.entry!.push({ type: 'sign' } as never); }, (d) => { states(d).approved!.entry!.push({ type: 'sign', params: { document: 'bescheid', kind: 'seal' } }); }],
  ['effect-param-invalid', '/machine/states/approved/entry/3/params/kind', (d) => { states(d).approved!.entry!.push({ type: 'sign', params: { document: 'bescheid', kind: 'stamp' } } as never); }, () => {}],
  ['sign-kind-unsupported', '/machine/states/approved/entry/3/params/kind', (d) => { states(d).approved!.entry!.push({ type: 'sign', params: { document: 'bescheid', kind: 'signature' } }); }, () => {}],
  // dsgvo-auskunft asked the role `applicant`, which it does not have: the request failed silently.
  ['consent-role-invalid', '/machine/states/approved/entry/3/params/from', (d) => { states(d).approved!.entry!.push(consent('clerk')); }, (d) => { states(d).approved!.entry!.push(consent('applicant')); }],
  ['consent-role-invalid', '/machine/states/approved/entry/3', (d) => { states(d).approved!.entry!.push(consent()); d.roles = { clerk: { kind: 'staff' } }; d.events.SUBMIT!.by = ['clerk']; }, (d) => { states(d).approved!.entry!.push(consent()); }],
  // Issue 13: documents and notices are templates, checked against the forms when published.
  ['template-unknown-field', '/documents/bescheid/tenor/de', (d) => { doc(d).tenor.de = 'Betrag: {{data.antrag.gehalt}}'; }, (d) => { doc(d).tenor.de = 'Betrag: {{data.antrag.betrag}}'; }],
  ['template-unknown-field', '/documents/bescheid/reasons/en', (d) => { doc(d).reasons.en = '{{#data.antrag}}{{plzz}}{{/data.antrag}}'; }, (d) => { doc(d).reasons.en = '{{#data.antrag}}{{plz}}{{/data.antrag}}'; }],
  ['template-unknown-field', '/documents/bescheid/title/de', (d) => { doc(d).title.de = '{{constructor}}'; }, (d) => { doc(d).title.de = '{{case.id}}'; }],
  ['template-group-field', '/documents/bescheid/tenor/de', (d) => { doc(d).tenor.de = '{{data.antrag}}'; }, (d) => { doc(d).tenor.de = '{{^data.antrag.plz}}ohne PLZ{{/data.antrag.plz}}'; }],
  ['template-invalid', '/documents/bescheid/tenor/de', (d) => { doc(d).tenor.de = '{{{data.antrag.plz}}}'; }, (d) => { doc(d).tenor.de = '{{! Anmerkung }}{{data.antrag.plz}}'; }],
  ['template-invalid', '/documents/bescheid/tenor/en', (d) => { doc(d).tenor.en = '{{#case}}open'; }, (d) => { doc(d).tenor.en = '{{#case}}{{reference}}{{/case}}'; }],
  ['schema-required', '/documents/bescheid/remedy', (d) => { delete doc(d).remedy; }, (d) => { delete doc(d).remedy; doc(d).kind = 'nachforderung'; }],
  ['template-undefined', '/machine/states/approved/entry/0/params/template', (d) => { states(d).approved!.entry![0]!.params = { template: 'urkunde', document: 'bescheid' }; }, () => {}],
  ['template-undefined', '/machine/states/approved/entry/1/params/template', (d) => { states(d).approved!.entry![1]!.params = { to: 'applicant', template: 'erinnerung' }; }, (d) => {
    states(d).approved!.entry![1]!.params = { to: 'applicant', template: 'erinnerung' };
    d.notifications = { erinnerung: { subject: { de: 'Erinnerung {{case.reference}}', en: 'Reminder' }, body: { de: 'Bitte …', en: 'Please …' } } };
  }],
  ['recipient-undefined', '/machine/states/approved/entry/2/params/to', (d) => { states(d).approved!.entry![2]!.params = { to: 'steuerberater' }; }, (d) => { states(d).approved!.entry![2]!.params = { to: 'clerk' }; }],
  ['document-undefined', '/machine/states/approved/entry/1/params/document', (d) => { states(d).approved!.entry![1]!.params = { to: 'applicant', document: 'urkunde' }; }, (d) => { states(d).approved!.entry![1]!.params = { to: 'applicant', document: 'antrag' }; }],
  ['category-undefined', '/forms/antrag/schema/properties/betrag/x-data-category', (d) => { schema(d).properties.betrag!['x-data-category'] = 'gehalt'; }, (d) => { d.dataCategories!.gehalt = {}; schema(d).properties.betrag!['x-data-category'] = 'gehalt'; }],
  ['guard-unknown-field', '/machine/states/submitted/on/APPROVE/guard', (d) => { on(d, 'submitted').APPROVE = { target: 'approved', guard: { '>': [{ var: 'data.antrag.gehalt' }, 1] } }; }, (d) => { on(d, 'submitted').APPROVE = { target: 'approved', guard: { '>': [{ var: 'data.antrag.plz' }, 1] } }; }],
  ['guard-unknown-field', '/machine/states/submitted/on/APPROVE/guard', (d) => { on(d, 'submitted').APPROVE = { target: 'approved', guard: { var: 'event.data.betrag' } }; }, (d) => { on(d, 'draft').SUBMIT = { target: 'submitted', guard: { var: 'event.data.betrag' } }; }],
  ['guard-unsafe', '/machine/states/submitted/on/APPROVE/guard', (d) => { on(d, 'submitted').APPROVE = { target: 'approved', guard: { log: 'x' } }; }, (d) => { on(d, 'submitted').APPROVE = { target: 'approved', guard: { '!!': 'x' } }; }],
  // Issue 9: an accumulator doubled by merge cost the worker 3 s and 2 GB per event.
  ['guard-unsafe', '/machine/states/submitted/on/APPROVE/guard', (d) => { on(d, 'submitted').APPROVE = { target: 'approved', guard: { reduce: [[1, 2, 3], { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] } }; }, (d) => { on(d, 'submitted').APPROVE = { target: 'approved', guard: { '>': [{ reduce: [[1, 2, 3], { '+': [{ var: 'accumulator' }, { var: 'current' }] }, 0] }, 5] } }; }],
  ['guard-unsafe', '/machine/states/submitted/on/APPROVE/guard', (d) => { on(d, 'submitted').APPROVE = { target: 'approved', guard: { some: [[[1]], { some: [{ var: '' }, { some: [[1], { '==': [{ var: '' }, 1] }] }] }] } }; }, (d) => { on(d, 'submitted').APPROVE = { target: 'approved', guard: { some: [[[1]], { some: [{ var: '' }, { '==': [{ var: '' }, 1] }] }] } }; }],
  ['duration-invalid', '/machine/states/submitted/after/3 months', (d) => { states(d).submitted!.after = { '3 months': 'lapsed' }; }, (d) => { states(d).submitted!.after = { P3M: 'lapsed' }; }],
  ['duration-invalid', '/retention', (d) => { d.retention = '10 Jahre'; }, (d) => { d.retention = 'P10Y'; }],
  ['duration-invalid', '/machine/states/submitted/after/P99999999Y', (d) => { states(d).submitted!.after = { P99999999Y: 'lapsed' }; }, (d) => { states(d).submitted!.after = { P200Y: 'lapsed' }; }],
  ['target-undefined', '/machine/states/submitted/on/REJECT', (d) => { on(d, 'submitted').REJECT = 'rejectd'; }, (d) => { on(d, 'submitted').REJECT = '#rejected'; }],
  ['initial-undefined', '/machine/initial', (d) => { d.machine.initial = 'start'; }, (d) => { d.machine.initial = 'draft'; }],
  // Issue 9, finding 1: sealed bids lay open in the case and were read before their opening.
  ['sealed-data-kept', '/machine/states/draft/on/SUBMIT/actions/1/params/sealed', (d) => { sealed(d, { keepData: true }); }, (d) => { sealed(d); }],
  ['sealed-needs-event', '/machine/states/approved/entry/3/params/sealed', (d) => { sealed(d); states(d).approved!.entry!.push({ type: 'fileDocument', params: { document: 'antrag', sealed: true } }); }, (d) => { sealed(d); states(d).approved!.entry!.push({ type: 'fileDocument', params: { document: 'antrag' } }); }],
  ['open-sealed-quorum', '/machine/states/submitted/on/OPEN/actions/0', (d) => { sealed(d, { quorum: 1 }); }, (d) => { sealed(d, { quorum: 3 }); }],
  ['open-sealed-quorum', '/machine/states/approved/entry/3', (d) => { sealed(d); states(d).approved!.entry!.push({ type: 'openSealed', params: { document: 'antrag' } }); }, (d) => { sealed(d); }],
  ['open-sealed-unknown', '/machine/states/submitted/on/OPEN/actions/0/params/document', (d) => { sealed(d); on(d, 'submitted').OPEN = { target: 'approved', actions: [{ type: 'openSealed', params: { document: 'bescheid' } }] }; }, (d) => { sealed(d); }],
  // A second, unsealed filing of the same data (review of the merged change).
  ['sealed-copied', '/machine/states/draft/on/SUBMIT/actions/2', (d) => { sealed(d); submit(d).actions = [...(submit(d).actions as never[]), { type: 'fileDocument', params: { document: 'kopie' } }]; }, (d) => { sealed(d); submit(d).actions = [...(submit(d).actions as never[]), { type: 'notify', params: { to: 'applicant' } }]; }],
  ['sealed-copied', '/machine/states/submitted/entry/0', (d) => { sealed(d); states(d).submitted!.entry = [{ type: 'fileDocument', params: { document: 'kopie' } }]; }, (d) => { sealed(d); states(d).submitted!.entry = [{ type: 'createEFile' }]; }],
  ['quorum-with-form', '/events/OPEN/quorum', (d) => { sealed(d); d.events.OPEN!.form = 'antrag'; }, (d) => { sealed(d); d.events.APPROVE!.form = 'antrag'; }],
  ['guard-reads-sealed', '/machine/states/draft/on/SUBMIT/guard', (d) => { sealed(d); submit(d).guard = { '>': [{ var: 'event.data.betrag' }, 1] }; }, (d) => { sealed(d); submit(d).guard = { '==': [{ var: 'case.version' }, 1] }; }],
  // Issue 13: eventless transitions (`always`); `pruefung` is a transient state SUBMIT leads to.
  ['always-no-fallback', '/machine/states/pruefung/always', (d) => { viaPruefung(d, [{ target: 'approved', guard: big }, { target: 'submitted', guard: { '!': big } }]); }, (d) => { viaPruefung(d, [{ target: 'approved', guard: big }, { target: 'submitted' }]); }],
  ['always-loop', '/machine/states/pruefung/always', (d) => { viaPruefung(d, 'vorpruefung'); states(d).vorpruefung = { always: [{ target: 'pruefung', guard: big }, { target: 'submitted' }] }; }, (d) => { viaPruefung(d, 'vorpruefung'); states(d).vorpruefung = { always: [{ target: 'approved', guard: big }, { target: 'submitted' }] }; }],
  ['always-on-final', '/machine/states/rejected/always', (d) => { states(d).rejected!.always = 'lapsed'; }, (d) => { states(d).rejected!.entry = [{ type: 'createEFile' }]; }],
  ['always-target-missing', '/machine/states/pruefung/always/1', (d) => { viaPruefung(d, [{ target: 'approved', guard: big }, { actions: [{ type: 'createEFile' }] }]); }, (d) => { viaPruefung(d, [{ target: 'approved', guard: big }, { target: 'submitted', actions: [{ type: 'createEFile' }] }]); }],
  // Guards read only data that exists at their transition: no event data without an event …
  ['guard-no-event-data', '/machine/states/pruefung/always/0/guard', (d) => { viaPruefung(d, [{ target: 'approved', guard: { '>': [{ var: 'event.data.betrag' }, 100] } }, { target: 'submitted' }]); }, (d) => { viaPruefung(d, [{ target: 'approved', guard: big }, { target: 'submitted' }]); }],
  ['guard-no-event-data', '/machine/states/submitted/after/P1M/0/guard', (d) => { states(d).submitted!.after = { P1M: [{ target: 'lapsed', guard: { '!': { var: 'event.data.betrag' } } }, { target: 'rejected' }] }; }, (d) => { states(d).submitted!.after = { P1M: [{ target: 'lapsed', guard: { '!': { var: 'data.antrag.betrag' } } }, { target: 'rejected' }] }; }],
  // … and a form's data only once an event that can happen before stored it.
  ['guard-data-unavailable', '/machine/states/draft/on/SUBMIT/guard', (d) => { submit(d).guard = big; }, (d) => { submit(d).guard = { '>': [{ var: 'event.data.betrag' }, 100] }; }],
  ['guard-data-unavailable', '/machine/states/submitted/on/REJECT/0/guard', (d) => { withBescheid(d); }, (d) => { withBescheid(d); d.events.NOTE = { by: ['clerk'], form: 'bescheid' }; on(d, 'submitted').NOTE = {}; }],
];

describe('validateDefinition()', () => {
  it('accepts the base fixture', () => {
    const result = validateDefinition(base());
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.definition?.transitions.map((t) => t.id)).toContain('/machine/states/submitted/after/P1M');
  });

  it.each(rules)('reports %s at %s', (code, path, fail) => {
    const def = base() as Def;
    fail(def);
    const result = validateDefinition(def);
    expect(result.ok).toBe(false);
    const found = result.errors.find((e) => e.code === code && e.path === path);
    expect(found, JSON.stringify(result.errors, null, 1)).toBeDefined();
    expect(found!.message.de).not.toBe('');
    expect(found!.message.en).not.toBe('');
  });

  it.each(rules)('accepts the near miss of %s at %s', (_code, _path, _fail, pass) => {
    const def = base() as Def;
    pass(def);
    expect(validateDefinition(def).errors).toEqual([]);
  });

  it('warns about a declared but unused event', () => {
    const def = base();
    def.events.REOPEN = { by: ['clerk'] };
    const result = validateDefinition(def);
    expect(result.ok).toBe(true);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'event-unused', path: '/events/REOPEN' }));
  });

  it('warns when a guard reads the stored copy of the form its own event submits (issue 12: a branch on old data)', () => {
    const amend = (guard: GuardRule) => {
      const def = base() as Def;
      def.events.AMEND = { by: ['applicant'], form: 'antrag' };
      on(def, 'submitted').AMEND = [{ target: 'approved', guard }, { target: 'submitted' }];
      return validateDefinition(def);
    };
    const stale = amend(big);
    expect(stale.ok).toBe(true);
    expect(stale.warnings).toContainEqual(expect.objectContaining({ code: 'guard-reads-previous', path: '/machine/states/submitted/on/AMEND/0/guard' }));
    expect(stale.warnings.find((w) => w.code === 'guard-reads-previous')!.message.de).toContain('event.data.betrag');
    expect(amend({ '>': [{ var: 'event.data.betrag' }, 100] }).warnings.filter((w) => w.code === 'guard-reads-previous')).toEqual([]);
    // Where no earlier event stored the form, the same read is an error, not also a warning.
    const first = base() as Def;
    submit(first).guard = big;
    const result = validateDefinition(first);
    expect(result.errors.map((e) => e.code)).toContain('guard-data-unavailable');
    expect(result.warnings.map((w) => w.code)).not.toContain('guard-reads-previous');
  });

  it('warns about a document filed sealed that nothing opens', () => {
    const def = base() as Def;
    sealed(def);
    delete on(def, 'submitted').OPEN;
    delete def.events.OPEN;
    const result = validateDefinition(def);
    expect(result.ok).toBe(true);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'sealed-never-opened', path: '/machine/states/draft/on/SUBMIT/actions/1' }));
  });

  it('says which effect a bad parameter belongs to, in German and English', () => {
    const def = base() as Def;
    states(def).approved!.entry![0] = { type: 'renderDocument', params: { template: 'bescheid', document: 'bescheid', title: 'Bescheid' } } as never;
    expect(validateDefinition(def).errors).toEqual([{
      path: '/machine/states/approved/entry/0/params/title', code: 'effect-param-unknown',
      message: { de: 'renderDocument: unbekannter Parameter „title“ (erlaubt: template, document).', en: 'renderDocument: unknown parameter "title" (allowed: template, document).' },
    }]);
  });

  it('warns about transitions a transient state never takes', () => {
    const def = base() as Def;
    viaPruefung(def, [{ target: 'approved', guard: big }, { target: 'submitted' }, { target: 'rejected' }]);
    states(def).pruefung!.on = { REJECT: 'rejected' };
    const result = validateDefinition(def);
    expect(result.ok).toBe(true);
    expect(result.warnings.filter((w) => w.code === 'transition-shadowed').map((w) => w.path)).toEqual(['/machine/states/pruefung/on/REJECT', '/machine/states/pruefung/always/2']);
  });

  it('lets a guard in one parallel region read what an event of another region stored', () => {
    const def = base() as Def;
    inRegions(def);
    expect(validateDefinition(def).errors).toEqual([]);
    // Outside the parallel state, before it, the same guard reads nothing.
    on(def, 'draft').SUBMIT = { target: 'submitted', guard: { '!!': { var: 'data.bescheid.grund' } } };
    expect(validateDefinition(def).errors.map((e) => [e.code, e.path])).toEqual([['guard-data-unavailable', '/machine/states/draft/on/SUBMIT/guard']]);
  });

  it('reads JSON text and reports text that is not JSON', () => {
    expect(validateDefinition(JSON.stringify(base())).ok).toBe(true);
    expect(validateDefinition('{ "id": ').errors[0]?.code).toBe('json-invalid');
  });
});
