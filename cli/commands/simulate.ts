import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SIMULATION_START, applyEntry, leafGraph, passedStates, startSimulation } from '../../engine/index.js';
import type { LeafGraph, ProcedureDefinition, ScenarioEntry, Step } from '../../engine/index.js';
import type { Command } from '../Command.js';
import { loadProcedure } from '../loadProcedure.js';
import { stateLabel } from '../stateLabel.js';

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

function entryLabel(item: ScenarioEntry, def: ProcedureDefinition): string {
  if ('advance' in item) return `advance ${item.advance}`;
  if ('deadline' in item) return `deadline ${String(item.deadline)}`;
  return `${item.type} (${item.role ?? def.events[item.type]?.by[0] ?? 'unknown'})`;
}

/** `amtsweg simulate <procedure> <events.json>`: runs a scenario through the engine step by step. */
export const simulate: Command = {
  name: 'simulate',
  summary: 'run a list of events through a procedure and print each step',
  usage: [
    'amtsweg simulate <procedure> <events.json> [--at 2026-01-05T08:00:00Z]',
    '',
    'events.json (a scenario) is an array of { "type": "SUBMIT", "role": "applicant", "data": { … } },',
    '{ "deadline": "P3M" } (fires the pending deadline of that duration at once; `true` fires the first),',
    'or { "advance": "P14D" } (moves the clock on and fires every deadline due by then, in order;',
    '"deadline" moves it to the next due deadline). The clock starts at --at.',
    'Each event is checked like the workflow does (declared, role, state, guard, form data);',
    'a rejected event is printed with its reason and the exit code becomes 1. States a step only',
    'passed through (left at once by an eventless `always` transition) are listed as `passed`.',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { at: { type: 'string', default: SIMULATION_START } } });
    const [procedure, eventsFile] = positionals;
    if (!procedure || !eventsFile) throw new Error('usage: amtsweg simulate <procedure> <events.json>');
    const def = loadProcedure(procedure);
    if (!def) return 1;
    const script = JSON.parse(readFileSync(eventsFile, 'utf8')) as ScenarioEntry[];
    if (!Array.isArray(script)) throw new Error(`${eventsFile}: expected an array of events`);
    const graph = leafGraph(def);
    const { simulator, state: start } = startSimulation(def, values.at);
    let sim = start;
    console.log(`${def.id}@${def.version} start`);
    console.log(describeStep(def, graph, sim.step, def.machine.initial).join('\n'));
    let rejected = 0;
    script.forEach((item, i) => {
      const label = entryLabel(item, def);
      const outcome = applyEntry(simulator, sim, item);
      if (!outcome.ok) {
        rejected++;
        const [first] = outcome.reasons;
        if (first?.code === 'no-deadline' || first?.code === 'bad-duration') return console.log(`${i + 1} ${label} ✗ rejected: ${first.message.en}`);
        const why = outcome.reasons.map((r) => (r.code === 'form-invalid' ? r.message.en : `${r.code}: ${r.message.en}`));
        return console.log([`${i + 1} ${label} ✗ rejected`, ...why.map((w) => `    ${w}`)].join('\n'));
      }
      sim = outcome.state;
      if ('advance' in item) console.log(`${i + 1} ${label} → ${sim.clock}`);
      for (const s of outcome.steps) {
        const head = 'advance' in item ? `  deadline ${s.label} at ${s.at}` : `${i + 1} ${s.deadline ? `deadline ${s.label}` : s.label}`;
        console.log(`${head}\n${describeStep(def, graph, s.step).join('\n')}`);
      }
    });
    return rejected ? 1 : 0;
  },
};
