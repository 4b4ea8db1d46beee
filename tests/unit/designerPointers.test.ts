import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../engine/index.js';
import { durationWords, pointerTarget, procedureSkeleton, transitionPointer } from '../../designer/model/index.js';
import type { JsonObject } from '../../designer/model/index.js';
import { elementFor } from '../../designer/components/elementIds.js';
import { formElementFor } from '../../designer/components/forms/formIds.js';
import { effectPlaces, placeKey } from '../../designer/components/effectPlaces.js';

const baugenehmigung = JSON.parse(readFileSync(new URL('../../definitions/baugenehmigung/procedure.json', import.meta.url), 'utf8')) as JsonObject;

describe('pointerTarget', () => {
  it('finds nested states, transitions among alternatives and their fields', () => {
    const def = { machine: { initial: 'a', states: { a: { states: { b: { on: { GO: [{ target: 'c' }, { target: 'd', guard: true }] }, after: { P14D: 'c' } } } } } } };
    expect(pointerTarget(def, '/machine/states/a/states/b/on/GO/1/guard')).toEqual({ kind: 'transition', ref: { source: 'a.b', trigger: { kind: 'event', event: 'GO' }, index: 1 }, field: 'guard' });
    expect(pointerTarget(def, '/machine/states/a/states/b/after/P14D')).toEqual({ kind: 'transition', ref: { source: 'a.b', trigger: { kind: 'after', delay: 'P14D' }, index: 0 } });
    expect(pointerTarget(def, '/machine/states/a/states/b')).toEqual({ kind: 'state', id: 'a.b' });
    expect(pointerTarget(def, '/machine/states/a/initial')).toEqual({ kind: 'state', id: 'a', field: 'initial' });
    expect(pointerTarget(def, '/events/GO/by')).toEqual({ kind: 'event', name: 'GO', field: 'by' });
    expect(pointerTarget(def, '/title')).toEqual({ kind: 'definition', field: 'title' });
  });

  it('is the inverse of transitionPointer for every transition the engine knows', () => {
    const resolved = validateDefinition(baugenehmigung).definition!;
    for (const t of resolved.transitions.filter((x) => x.trigger.kind !== 'done')) {
      const target = pointerTarget(baugenehmigung, t.id);
      expect(target.kind, t.id).toBe('transition');
      if (target.kind === 'transition') expect(transitionPointer(baugenehmigung, target.ref)).toBe(t.id);
    }
  });
});

describe('elementFor', () => {
  /** Where the designer moves focus for a finding of validateDefinition (forms first, as the editor does). */
  const focusFor = (def: JsonObject, path: string) => (formElementFor(path) ?? elementFor(pointerTarget(def, path)))?.field;

  it('focuses an event\'s signature, keepData or quorum control when the checker names it', () => {
    const def = procedureSkeleton('test', { de: 'Test', en: 'Test' }, 'gewerbeamt', '§ 1 Test');
    Object.assign((def.events as Record<string, JsonObject>).SUBMIT!, { quorum: 12, signature: 'stamp', keepData: 'no' });
    const paths = validateDefinition(def).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/events/SUBMIT/quorum', '/events/SUBMIT/signature', '/events/SUBMIT/keepData']));
    expect(focusFor(def, '/events/SUBMIT/quorum')).toBe('ev-SUBMIT-quorum');
    expect(focusFor(def, '/events/SUBMIT/signature')).toBe('ev-SUBMIT-signature');
    expect(focusFor(def, '/events/SUBMIT/keepData')).toBe('ev-SUBMIT-keepData');
    expect(focusFor(def, '/events/SUBMIT/by')).toBe('ev-SUBMIT-title');
  });

  it('focuses a role\'s joinable checkbox and a form\'s public checkbox when the checker names them', () => {
    const def = procedureSkeleton('test', { de: 'Test', en: 'Test' }, 'gewerbeamt', '§ 1 Test');
    (def.roles as Record<string, JsonObject>).applicant!.joinable = 'yes';
    def.forms = { antrag: { schema: { type: 'object', properties: {} }, public: 1 } };
    const paths = validateDefinition(def).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/roles/applicant/joinable', '/forms/antrag/public']));
    expect(pointerTarget(def, '/roles/applicant/joinable')).toEqual({ kind: 'role', name: 'applicant', field: 'joinable' });
    expect(focusFor(def, '/roles/applicant/joinable')).toBe('role-applicant-joinable');
    expect(focusFor(def, '/roles/applicant')).toBe('role-applicant-de');
    expect(focusFor(def, '/forms/antrag/public')).toBe('fm-antrag-public');
  });
});

describe('effects', () => {
  const focusFor = (def: JsonObject, path: string) => (formElementFor(path) ?? elementFor(pointerTarget(def, path)))?.field;

  it('points a finding about an effect at the effect in the effects panel, not at its transition or state', () => {
    const def = procedureSkeleton('test', { de: 'Test', en: 'Test' }, 'gewerbeamt', '§ 1 Test');
    const states = (def.machine as JsonObject).states as Record<string, JsonObject>;
    states.entwurf!.on = { SUBMIT: { target: 'eingereicht', actions: [{ type: 'receipt' }, { type: 'notify', params: { to: 'niemand', template: 'x' } }] } };
    states.eingereicht!.entry = [{ type: 'faxen' }];
    const paths = validateDefinition(def).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/machine/states/entwurf/on/SUBMIT/actions/1/params/to', '/machine/states/eingereicht/entry/0/type']));

    const onTransition = pointerTarget(def, '/machine/states/entwurf/on/SUBMIT/actions/1/params/to');
    expect(onTransition).toEqual({ kind: 'effect', place: { kind: 'transition', ref: { source: 'entwurf', trigger: { kind: 'event', event: 'SUBMIT' }, index: 0 } }, index: 1, field: 'params/to' });
    expect(focusFor(def, '/machine/states/entwurf/on/SUBMIT/actions/1/params/to')).toBe('effect_to');
    const onEntry = pointerTarget(def, '/machine/states/eingereicht/entry/0/type');
    expect(onEntry).toEqual({ kind: 'effect', place: { kind: 'entry', state: 'eingereicht' }, index: 0, field: 'type' });
    expect(focusFor(def, '/machine/states/eingereicht/entry/0/type')).toBe('effect-0-title');
    // The key the editor asks the panel for is one of the panel's places.
    const keys = effectPlaces(def, ((key: string) => key) as never).map((p) => p.key);
    for (const target of [onTransition, onEntry]) if (target.kind === 'effect') expect(keys).toContain(placeKey(target.place));
    // A pointer at the list itself, or past it, stays with the state or the transition.
    expect(pointerTarget(def, '/machine/states/eingereicht/entry')).toEqual({ kind: 'state', id: 'eingereicht', field: 'entry' });
    expect(pointerTarget(def, '/machine/states/entwurf/on/SUBMIT/actions')).toMatchObject({ kind: 'transition', field: 'actions' });
  });
});

describe('recipients, consent purposes and life situations', () => {
  const gewerbe = JSON.parse(readFileSync(new URL('../../definitions/gewerbeanmeldung/procedure.json', import.meta.url), 'utf8')) as JsonObject;
  const field = (pointer: string) => elementFor(pointerTarget(gewerbe, pointer));

  it('points at the entry and the field below it', () => {
    expect(pointerTarget(gewerbe, '/recipients/finanzamt/title/en')).toEqual({ kind: 'recipient', name: 'finanzamt', field: 'title/en' });
    expect(pointerTarget(gewerbe, '/consentPurposes/abruf-finanzamt')).toEqual({ kind: 'consentPurpose', id: 'abruf-finanzamt' });
    expect(pointerTarget(gewerbe, '/lifeSituations/1/de')).toEqual({ kind: 'lifeSituation', index: 1, field: 'de' });
    expect(pointerTarget(gewerbe, '/lifeSituations')).toEqual({ kind: 'definition', field: 'lifeSituations' });
  });

  it('selects the row and focuses the German or English title, or the legal basis', () => {
    expect(field('/recipients/finanzamt/title/en')).toEqual({ row: 'rcp-finanzamt', field: 'rcp-finanzamt-en' });
    expect(field('/recipients/finanzamt/title')).toEqual({ row: 'rcp-finanzamt', field: 'rcp-finanzamt-de' });
    expect(field('/recipients/finanzamt/legalBasis')).toEqual({ row: 'rcp-finanzamt', field: 'rcp-finanzamt-legalBasis' });
    expect(field('/consentPurposes/abruf-finanzamt/title/de')).toEqual({ row: 'cp-abruf_finanzamt', field: 'cp-abruf_finanzamt-de' });
    expect(field('/consentPurposes/abruf-finanzamt/title/en')).toEqual({ row: 'cp-abruf_finanzamt', field: 'cp-abruf_finanzamt-en' });
    expect(field('/lifeSituations/1/en')).toEqual({ row: 'ls-1', field: 'ls-1-en' });
    expect(field('/lifeSituations/0')).toEqual({ row: 'ls-0', field: 'ls-0-de' });
  });

  it('takes a finding about the whole list to its heading or first entry', () => {
    expect(field('/recipients')).toEqual({ row: 'recipients-title', field: 'recipients-title' });
    expect(field('/consentPurposes')).toEqual({ row: 'consent-purposes-title', field: 'consent-purposes-title' });
    expect(field('/lifeSituations')).toEqual({ row: 'life-situations', field: 'ls-0-de' });
    expect(field('/dataCategories')).toBeUndefined();
  });

  it('reaches the finding the checker reports for a recipient without English title', () => {
    const def = structuredClone(gewerbe) as { recipients: Record<string, { title: Record<string, string> }> };
    delete def.recipients.finanzamt!.title.en;
    const paths = validateDefinition(def).errors.map((e) => e.path).filter((p) => p.startsWith('/recipients'));
    expect(paths).toEqual(['/recipients/finanzamt/title/en']);
    expect(paths.map((p) => field(p)?.field)).toEqual(['rcp-finanzamt-en']);
  });
});

describe('durationWords', () => {
  it('reads ISO 8601 durations in German and English', () => {
    expect(durationWords('P14D', 'de')).toBe('14 Tage');
    expect(durationWords('P3M', 'de')).toBe('3 Monate');
    expect(durationWords('P1M2W', 'de')).toBe('1 Monat und 2 Wochen');
    expect(durationWords('P1D', 'en')).toBe('1 day');
    expect(durationWords('14 Tage', 'de')).toBeUndefined();
  });
});
