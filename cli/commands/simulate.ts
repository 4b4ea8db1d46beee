import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkEvent, createCaseMachine, leafGraph, passedStates, startCase, transitionCase, validateForm } from '../../engine/index.js';
import type { CaseEvent, LeafGraph, ProcedureDefinition, Step } from '../../engine/index.js';
import type { Command } from '../Command.js';
import { loadProcedure } from '../loadProcedure.js';
import { stateLabel } from '../stateLabel.js';

/** One line of an events file: a party's event, or `{ "deadline": "P3M" }` to fire a pending timer. */
type ScriptEvent = { type?: string; role?: string; data?: Record<string, unknown>; at?: string; deadline?: string | true };

const state = (step: Step) => stateLabel(step.snapshot.value);

function describeStep(def: ProcedureDefinition, graph: LeafGraph, step: Step, initial?: string): string[] {
  const passed = passedStates(def, graph, step, initial);
  const lines = [
    ...(passed.length ? [`    passed: ${passed.join(', ')}`] : []),
    `    state: ${state(step)}${step.snapshot.status === 'done' ? ' (final)' : ''}`,
  ];
  if (step.effects.length) lines.push(`    effects: ${step.effects.map((e) => (Object.keys(e.params).length ? `${e.type} ${JSON.stringify(e.params)}` : e.type)).join(', ')}`);
  for (const t of step.timers.start) lines.push(`    timer started: ${t.id} (${(t.delayMs / 86_400_000).toFixed(1)} days)`);
  for (const id of step.timers.cancel) lines.push(`    timer cancelled: ${id}`);
  return lines;
}

/** `amtsweg simulate <procedure> <events.json>`: runs events through the engine step by step. */
export const simulate: Command = {
  name: 'simulate',
  summary: 'run a list of events through a procedure and print each step',
  usage: [
    'amtsweg simulate <procedure> <events.json> [--at 2026-01-05T08:00:00Z]',
    '',
    'events.json is an array of { "type": "SUBMIT", "role": "applicant", "data": { … } } or',
    '{ "deadline": "P3M" } (fires the pending deadline of that duration; `true` fires the first).',
    'Each event is checked like the workflow does (declared, role, state, guard, form data);',
    'a rejected event is printed with its reason and the exit code becomes 1. States a step only',
    'passed through (left at once by an eventless `always` transition) are listed as `passed`.',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { at: { type: 'string', default: '2026-01-05T08:00:00.000Z' } } });
    const [procedure, eventsFile] = positionals;
    if (!procedure || !eventsFile) throw new Error('usage: amtsweg simulate <procedure> <events.json>');
    const def = loadProcedure(procedure);
    if (!def) return 1;
    const script = JSON.parse(readFileSync(eventsFile, 'utf8')) as ScriptEvent[];
    if (!Array.isArray(script)) throw new Error(`${eventsFile}: expected an array of events`);
    const machine = createCaseMachine(def);
    const graph = leafGraph(def);
    let step = startCase(machine, { id: 'simulation', procedure: def.id, version: def.version }, values.at);
    const timers = new Map(step.timers.start.map((t) => [t.id, t.event.type]));
    console.log(`${def.id}@${def.version} start`);
    console.log(describeStep(def, graph, step, def.machine.initial).join('\n'));
    let rejected = 0;
    script.forEach((item, i) => {
      const at = item.at ?? values.at;
      let event: CaseEvent;
      let label: string;
      if (item.deadline !== undefined) {
        const id = [...timers.keys()].find((k) => item.deadline === true || k.startsWith(`xstate.after.${item.deadline}.`));
        if (!id) {
          rejected++;
          return console.log(`${i + 1} deadline ${String(item.deadline)} ✗ rejected: no such deadline is running`);
        }
        event = { type: timers.get(id)!, at };
        label = `deadline ${id}`;
      } else {
        const role = item.role ?? def.events[item.type ?? '']?.by[0] ?? 'unknown';
        event = { type: String(item.type), at, actor: { id: `sim-${role}`, role }, ...(item.data ? { data: item.data } : {}) };
        label = `${event.type} (${role})`;
        const check = checkEvent(def, step.snapshot, event, event.actor);
        const form = Object.hasOwn(def.events, event.type) ? def.events[event.type]!.form : undefined;
        const formCheck = check.ok && form ? validateForm(def, form, item.data ?? {}) : { ok: true as const };
        if (!check.ok || !formCheck.ok) {
          rejected++;
          const why = !check.ok ? [`${check.error.code}: ${check.error.message.en}`] : formCheck.ok ? [] : formCheck.errors.map((e) => `form ${form}${e.path}: ${e.message.en}`);
          return console.log([`${i + 1} ${label} ✗ rejected`, ...why.map((w) => `    ${w}`)].join('\n'));
        }
      }
      step = transitionCase(machine, step.snapshot, event);
      for (const id of step.timers.cancel) timers.delete(id);
      if (item.deadline !== undefined) timers.delete(label.slice('deadline '.length));
      for (const t of step.timers.start) timers.set(t.id, t.event.type);
      console.log(`${i + 1} ${label}\n${describeStep(def, graph, step).join('\n')}`);
    });
    return rejected ? 1 : 0;
  },
};
