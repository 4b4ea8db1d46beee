import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../engine/index.js';
import {
  addEvent, addState, addTransition, applyEdit, deleteState, deleteTransition, listStates, listTransitions, moveAlternative, pasteState, redo, renameState,
  reparentState, serializeDefinition, setGuard, setTarget, setTrigger, startHistory, undo,
} from '../../designer/model/index.js';
import type { JsonObject } from '../../designer/model/index.js';
import { procedureSkeleton } from '../../designer/model/skeleton.js';

const folder = new URL('../../definitions/', import.meta.url);
const catalogue = readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const load = (name: string) => JSON.parse(readFileSync(new URL(`${name}/procedure.json`, folder), 'utf8')) as JsonObject;
const anfrage = () => load('anfrage');
const machine = (def: JsonObject) => def.machine as { initial: string; states: Record<string, any> };

describe('the editing model', () => {
  it.each(catalogue)('saves %s unchanged byte-identical, also after an edit and its undo', (name) => {
    const text = JSON.stringify(load(name));
    const history = startHistory(JSON.parse(text) as JsonObject);
    expect(serializeDefinition(history.present)).toBe(text);
    const edited = applyEdit(history, (d) => addState(d, undefined, 'neuerZustand'));
    expect(serializeDefinition(edited.present)).not.toBe(text);
    expect(serializeDefinition(undo(edited).present)).toBe(text);
    expect(serializeDefinition(redo(undo(edited)).present)).toBe(serializeDefinition(edited.present));
  });

  it('keeps fields it does not know through every edit', () => {
    const def = { ...anfrage(), 'x-unknown': { keep: true } };
    machine(def).states.submitted['x-note'] = 'bleibt';
    let h = startHistory(def);
    h = applyEdit(h, (d) => renameState(d, 'submitted', 'inPruefung'));
    h = applyEdit(h, (d) => setGuard(d, { source: 'inPruefung', trigger: { kind: 'event', event: 'ANSWER' }, index: 0 }, { '==': [1, 1] }));
    expect(h.present['x-unknown']).toEqual({ keep: true });
    expect(machine(h.present).states.inPruefung['x-note']).toBe('bleibt');
  });

  it('renames a state in place and repoints every arrow and initial that named it', () => {
    const h = applyEdit(startHistory(anfrage()), (d) => { renameState(d, 'draft', 'entwurf'); renameState(d, 'answered', 'beantwortet'); });
    expect(Object.keys(machine(h.present).states)).toEqual(['entwurf', 'submitted', 'beantwortet', 'withdrawn']);
    expect(machine(h.present).initial).toBe('entwurf');
    expect(machine(h.present).states.submitted.on.ANSWER).toBe('beantwortet');
    expect(validateDefinition(h.present).errors).toEqual([]);
  });

  it('adds nested states, reparents one, and keeps the arrows valid with #paths', () => {
    let h = startHistory(anfrage());
    h = applyEdit(h, (d) => { addState(d, 'submitted', 'pruefen'); addState(d, 'submitted', 'fertig'); });
    expect(machine(h.present).states.submitted.initial).toBe('pruefen');
    expect(listStates(h.present).map((s) => s.id)).toContain('submitted.fertig');
    h = applyEdit(h, (d) => reparentState(d, 'withdrawn', 'submitted'));
    expect(listStates(h.present).map((s) => s.id)).toContain('submitted.withdrawn');
    expect(machine(h.present).states.submitted.on.WITHDRAW).toBe('#submitted.withdrawn');
    h = applyEdit(h, (d) => reparentState(d, 'submitted.withdrawn', undefined));
    expect(machine(h.present).states.submitted.on.WITHDRAW).toBe('withdrawn');
    h = applyEdit(h, (d) => { deleteState(d, 'submitted.pruefen'); deleteState(d, 'submitted.fertig'); });
    expect(machine(h.present).states.submitted.states).toBeUndefined();
    expect(machine(h.present).states.submitted.initial).toBeUndefined();
  });

  it('pastes a copied state with its subtree and transitions as <name>Kopie, Kopie2 …; undo takes it back', () => {
    let h = applyEdit(startHistory(anfrage()), (d) => { addState(d, 'submitted', 'pruefen'); addState(d, 'submitted', 'fertig'); });
    const copied = structuredClone(machine(h.present).states.submitted) as JsonObject;
    const names: string[] = [];
    h = applyEdit(h, (d) => { names.push(pasteState(d, undefined, 'submitted', copied)); names.push(pasteState(d, undefined, 'submitted', copied)); });
    expect(names).toEqual(['submittedKopie', 'submittedKopie2']);
    const states = machine(h.present).states;
    expect(states.submittedKopie).toEqual(copied);
    expect(states.submittedKopie.on.ANSWER).toBe('answered'); // a sibling name, valid at the same level
    expect(listStates(h.present).map((s) => s.id)).toEqual(expect.arrayContaining(['submittedKopie.pruefen', 'submittedKopie.fertig']));
    // The paste is a copy: editing it leaves the original (and the clipboard) alone.
    h = applyEdit(h, (d) => renameState(d, 'submittedKopie.pruefen', 'pruefen2'));
    expect(Object.keys(machine(h.present).states.submitted.states)).toEqual(['pruefen', 'fertig']);
    expect(Object.keys((copied.states as JsonObject))).toEqual(['pruefen', 'fertig']);
    // Under a parent without children it becomes the initial one; a long name is cut to 63 characters.
    h = applyEdit(h, (d) => { names.push(pasteState(d, 'draft', 'x'.repeat(63), {})); });
    expect(names.at(-1)).toBe(`${'x'.repeat(58)}Kopie`);
    expect(machine(h.present).states.draft.initial).toBe(names.at(-1));
    expect(machine(undo(h).present).states.draft.states).toBeUndefined();
    expect(Object.keys(machine(undo(undo(undo(h))).present).states)).toEqual(['draft', 'submitted', 'answered', 'withdrawn']);
  });

  it('refuses a move into the state itself and a name taken by a sibling', () => {
    const h = startHistory(anfrage());
    h.present = applyEdit(h, (d) => addState(d, 'submitted', 'innen')).present;
    expect(() => applyEdit(h, (d) => reparentState(d, 'submitted', 'submitted.innen'))).toThrow();
    expect(() => applyEdit(h, (d) => renameState(d, 'draft', 'submitted'))).toThrow();
  });

  it('adds, edits, reorders and deletes guarded alternatives and deadlines', () => {
    let h = startHistory(anfrage());
    const answer = { source: 'submitted', trigger: { kind: 'event', event: 'ANSWER' } as const, index: 0 };
    h = applyEdit(h, (d) => { addTransition(d, 'submitted', answer.trigger, 'withdrawn'); setGuard(d, answer, { '==': [{ var: 'event.data.text' }, 'x'] }); });
    expect(listTransitions(h.present).filter((t) => t.source === 'submitted' && t.trigger.kind === 'event' && t.trigger.event === 'ANSWER').map((t) => [t.index, t.target, t.count])).toEqual([[0, 'answered', 2], [1, 'withdrawn', 2]]);
    h = applyEdit(h, (d) => moveAlternative(d, answer, 1));
    expect(machine(h.present).states.submitted.on.ANSWER.map((t: { target: string }) => t.target)).toEqual(['withdrawn', 'answered']);
    h = applyEdit(h, (d) => deleteTransition(d, answer));
    expect(machine(h.present).states.submitted.on.ANSWER).toEqual({ target: 'answered', guard: { '==': [{ var: 'event.data.text' }, 'x'] } });
    h = applyEdit(h, (d) => { const ref = addTransition(d, 'submitted', { kind: 'after', delay: 'P14D' }, 'withdrawn'); setTrigger(d, ref, { kind: 'after', delay: 'P3M' }); });
    expect(machine(h.present).states.submitted.after).toEqual({ P3M: { target: 'withdrawn' } });
    h = applyEdit(h, (d) => setTarget(d, { source: 'submitted', trigger: { kind: 'after', delay: 'P3M' }, index: 0 }, 'answered'));
    expect(machine(h.present).states.submitted.after).toEqual({ P3M: { target: 'answered' } });
  });

  it('builds a procedure from the skeleton that validates', () => {
    const def = procedureSkeleton('neu-verfahren', { de: 'Neu', en: 'New' }, 'buergeramt', '§ 22 VwVfG');
    expect(validateDefinition(def).errors).toEqual([]);
    const h = applyEdit(startHistory(def), (d) => {
      addEvent(d, 'APPROVE', ['clerk'], { de: 'Genehmigen', en: 'Approve' });
      addState(d, undefined, 'genehmigt');
      addTransition(d, 'entwurf', { kind: 'event', event: 'APPROVE' }, 'genehmigt');
    });
    // A state nobody can leave: the dead end the problems panel must name.
    expect(validateDefinition(h.present).errors.map((e) => [e.path, e.code])).toEqual([['/machine/states/genehmigt', 'state-stuck']]);
  });
});
