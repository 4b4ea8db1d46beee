import { describe, expect, it } from 'vitest';
import {
  checkEvent, choiceSchema, createCaseMachine, fieldTexts, formFields, generatePaths, resolveDefinition, startCase, transitionCase, validateDefinition, validateForm,
} from '../engine/index.js';
import type { PathReport, ProcedureConfig } from '../engine/index.js';
import { loadCatalogue } from './index.js';

const catalogue = loadCatalogue();
const at = '2026-01-05T08:00:00.000Z';
const reports = new Map<string, PathReport>();
const report = (def: ProcedureConfig) => {
  if (!reports.has(def.id)) reports.set(def.id, generatePaths(def, { at }));
  return reports.get(def.id)!;
};

describe('the catalogue', () => {
  it('holds the demo procedure and the five real ones', () => {
    expect([...catalogue.keys()].sort()).toEqual(['anfrage', 'baugenehmigung', 'dsgvo-auskunft', 'gewerbeanmeldung', 'vergabe-angebot', 'wohnsitzanmeldung']);
  });

  describe.each([...catalogue.values()].map((def) => [def.id, def] as const))('%s', (_id, def) => {
    it('passes validateDefinition without errors or warnings', () => {
      const result = validateDefinition(def);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
    });

    it('names every form field and every choice in German and English', () => {
      const missing: string[] = [];
      for (const [formId, form] of Object.entries(def.forms ?? {})) {
        for (const field of formFields(form.schema)) {
          const choices = choiceSchema(field.schema);
          for (const language of ['de', 'en']) {
            const texts = fieldTexts(field.schema, language);
            // English must be its own text, not the German fallback.
            const own = language === 'de' || texts.title !== field.schema.title;
            if (!texts.title || !own) missing.push(`${formId}${field.pointer} title ${language}`);
            const labels = choices && fieldTexts(choices, language).enumTitles;
            if (choices && (labels?.length !== (choices.enum as unknown[]).length || (language === 'en' && labels === fieldTexts(choices, 'de').enumTitles))) {
              missing.push(`${formId}${field.pointer} choices ${language}`);
            }
          }
        }
      }
      expect(missing).toEqual([]);
    });

    it('names every state in German and English', () => {
      const untitled = resolveDefinition(def).states.filter((s) => !s.config.meta?.title?.de || !s.config.meta.title.en).map((s) => s.id);
      expect(untitled).toEqual([]);
    });

    it('reaches 100 % of states and transitions along its generated paths', () => {
      const { coverage, truncated, paths } = report(def);
      expect(truncated).toBe(false);
      expect(paths.length).toBeGreaterThan(0);
      expect(coverage.transitions.missing).toEqual([]);
      expect(coverage.states.missing).toEqual([]);
      expect(coverage.transitions.reached).toBe(coverage.transitions.total);
    });

    it('replays every path through startCase, checkEvent, validateForm and transitionCase', () => {
      const machine = createCaseMachine(def);
      for (const path of report(def).paths) {
        let step = startCase(machine, { id: 'replay', procedure: def.id, version: def.version }, at);
        for (const expected of path.steps) {
          const { event } = expected;
          if (!event.type.startsWith('xstate.after.')) {
            expect(checkEvent(def, step.snapshot, event, event.actor)).toEqual({ ok: true });
            const form = def.events[event.type]!.form;
            if (form) expect(validateForm(def, form, event.data)).toEqual({ ok: true });
          }
          step = transitionCase(machine, step.snapshot, event);
          expect(step.snapshot.value).toEqual(expected.state);
          expect(step.effects).toEqual(expected.effects);
        }
        expect(step.snapshot.status).toBe('done');
      }
    });

    it('creates the e-file exactly once on every path, loops included', () => {
      for (const path of report(def).paths) {
        const created = path.steps.flatMap((s) => s.effects).filter((e) => e.type === 'createEFile');
        expect(created.length, path.steps.map((s) => s.event.type).join(' ')).toBe(1);
      }
    });

    it('rejects every event fired by a role that may not fire it', () => {
      const machine = createCaseMachine(def);
      const start = startCase(machine, { id: 'r', procedure: def.id, version: def.version }, at).snapshot;
      for (const [type, event] of Object.entries(def.events)) {
        const outsider = Object.keys(def.roles).find((r) => !event.by.includes(r));
        if (!outsider) continue;
        const result = checkEvent(def, start, { type, at }, { id: 'x', role: outsider });
        expect(result.ok ? 'ok' : result.error.code).toBe('role-not-allowed');
      }
    });
  });
});

describe('catalogue procedures in detail', () => {
  const lastEffects = (id: string, final: string) => {
    const path = report(catalogue.get(id)!).paths.find((p) => p.final === final)!;
    return path.steps.at(-1)!.effects;
  };

  it('gewerbeanmeldung: seals the certificate and informs applicant and tax office', () => {
    expect(lastEffects('gewerbeanmeldung', 'angemeldet')).toEqual(expect.arrayContaining([
      { type: 'sign', params: { document: 'bescheinigung', kind: 'seal' } },
      { type: 'notify', params: { to: 'finanzamt', template: 'gewerbe-mitteilung-finanzamt' } },
    ]));
  });

  it('gewerbeanmeldung: a licensed trade is confirmed only after documents were submitted (the loop)', () => {
    const paths = report(catalogue.get('gewerbeanmeldung')!).paths.filter((p) => p.final === 'angemeldet' && p.steps[0]!.sample === 1);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p.steps.map((s) => s.event.type)).toContain('SUBMIT_DOCUMENTS');
  });

  it('baugenehmigung: the permit counts as granted when the three-month deadline lapses', () => {
    const paths = report(catalogue.get('baugenehmigung')!).paths.filter((p) => p.final === 'genehmigtDurchFiktion');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]!.steps.at(-1)!.event.type).toBe('xstate.after.P3M.baugenehmigung.verfahren');
  });

  it('baugenehmigung: no permit against a refused monument consent', () => {
    const paths = report(catalogue.get('baugenehmigung')!).paths;
    const refused = paths.filter((p) => p.steps.some((s) => s.event.type === 'MONUMENT_STATEMENT' && s.sample === 1));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((p) => p.final !== 'genehmigt')).toBe(true);
  });

  it('vergabe-angebot: bids stay out of the case context until and after opening', () => {
    const path = report(catalogue.get('vergabe-angebot')!).paths.find((p) => p.steps.some((s) => s.event.type === 'SUBMIT_BID'))!;
    const def = catalogue.get('vergabe-angebot')!;
    const machine = createCaseMachine(def);
    let step = startCase(machine, { id: 'v', procedure: def.id, version: def.version }, at);
    for (const s of path.steps) step = transitionCase(machine, step.snapshot, s.event);
    expect(Object.keys(step.snapshot.context.data)).not.toContain('angebot');
  });

  it('vergabe-angebot: the bids are opened only after the bid period, by two officials (§ 55 Abs. 2 VgV)', () => {
    const def = catalogue.get('vergabe-angebot')!;
    expect(def.events.OPEN_BIDS).toMatchObject({ by: ['procurementOfficer'], quorum: 2 });
    const paths = report(def).paths.filter((p) => p.steps.some((s) => s.event.type === 'OPEN_BIDS'));
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      const i = p.steps.findIndex((s) => s.event.type === 'OPEN_BIDS');
      expect(p.steps[i - 1]!.event.type).toBe('xstate.after.P35D.vergabe-angebot.angebotsfrist');
      expect(p.steps[i]!.effects[0]).toEqual({ type: 'openSealed', params: { document: 'angebot' } });
    }
  });

  it('dsgvo-auskunft: the one-month deadline starts on submission and escalates', () => {
    const paths = report(catalogue.get('dsgvo-auskunft')!).paths;
    expect(paths[0]!.steps[0]!.timers.start).toEqual(['xstate.after.P1M.dsgvo-auskunft.bearbeitung']);
    expect(paths.some((p) => p.steps.some((s) => s.state === 'eskalation'))).toBe(true);
  });
});
