import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMULATION_START, applyEntry, generatePaths, nextDeadline, startSimulation } from '../../engine/index.js';
import type { FormCheck, ProcedureConfig, ScenarioEntry } from '../../engine/index.js';
import { activeLeaves, applyToRun, currentState, goBack, offeredEvents, replay, scenarioOf, startRun } from '../../designer/simulation/simulationRun.js';
import type { SimulationRun } from '../../designer/simulation/simulationRun.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../definitions/${name}/procedure.json`, import.meta.url), 'utf8')) as ProcedureConfig;
const gewerbe = load('gewerbeanmeldung');
const [submit, request] = (JSON.parse(readFileSync(new URL('../../definitions/gewerbeanmeldung/events.example.json', import.meta.url), 'utf8')) as ScenarioEntry[]);
const DAY = 86_400_000;
const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();

function must(run: SimulationRun, entry: ScenarioEntry): SimulationRun {
  const next = applyToRun(run, entry);
  if (!next.ok) throw new Error(JSON.stringify(next.reasons));
  return next.run;
}

describe('the simulation engine (pure)', () => {
  it('starts at the given time and keeps running deadlines with their due time', () => {
    const { simulator, state } = startSimulation(gewerbe, SIMULATION_START);
    expect(state.clock).toBe(SIMULATION_START);
    expect(state.deadlines).toEqual([]);
    const a = applyEntry(simulator, state, submit!);
    if (!a.ok) throw new Error('submit refused');
    const b = applyEntry(simulator, a.state, request!);
    if (!b.ok) throw new Error('request refused');
    const d = nextDeadline(b.state)!;
    expect(d.id).toMatch(/^xstate\.after\.P1M\./);
    expect(Date.parse(d.due)).toBeGreaterThan(Date.parse(plusDays(SIMULATION_START, 27)));
    expect(a.state).not.toBe(b.state);
    expect(activeLeaves(a.state)).toEqual(['pruefung']);
  });

  it('fires nothing when the clock moves less than the deadline, and the deadline when it moves past it', () => {
    let run = must(must(startRun(gewerbe), submit!), request!);
    run = must(run, { advance: 'P14D' });
    expect(currentState(run).clock).toBe(plusDays(SIMULATION_START, 14));
    expect(run.log.at(-1)!.steps).toEqual([]);
    expect(activeLeaves(currentState(run))).toEqual(['nachforderung']);
    run = must(run, { advance: 'P1M' });
    const fired = run.log.at(-1)!.steps;
    expect(fired).toHaveLength(1);
    expect(fired[0]!.deadline!.id).toMatch(/^xstate\.after\.P1M\./);
    expect(activeLeaves(currentState(run))).toEqual(['eingestellt']);
    expect(currentState(run).step.snapshot.status).toBe('done');
    expect(currentState(run).deadlines).toEqual([]);
  });

  it('advances to the next deadline and refuses that when none runs', () => {
    const run = must(must(startRun(gewerbe), submit!), request!);
    const due = nextDeadline(currentState(run))!.due;
    const after = must(run, { advance: 'deadline' });
    expect(currentState(after).clock).toBe(due);
    expect(after.log.at(-1)!.steps[0]!.at).toBe(due);
    const none = applyToRun(startRun(gewerbe), { advance: 'deadline' });
    expect(none.ok ? [] : none.reasons.map((r) => r.code)).toEqual(['no-deadline']);
    const bad = applyToRun(startRun(gewerbe), { advance: 'vierzehn Tage' });
    expect(bad.ok ? [] : bad.reasons.map((r) => r.code)).toEqual(['bad-duration']);
  });

  it('refuses a role that may not fire an event and invalid form data, leaving the run unchanged', () => {
    const run = startRun(gewerbe);
    const wrongRole = applyToRun(run, { ...(submit as object), role: 'clerk' } as ScenarioEntry);
    expect(wrongRole.ok ? [] : wrongRole.reasons.map((r) => r.code)).toEqual(['role-not-allowed']);
    const noData = applyToRun(run, { type: 'SUBMIT', data: {} });
    expect(noData.ok ? [] : noData.reasons.map((r) => r.code)).toContain('form-invalid');
    expect(run.log).toEqual([]);
  });
});

describe('the designer simulation run', () => {
  it('offers the events the state accepts for a role, with sample data from the examples', () => {
    const run = startRun(gewerbe);
    expect(offeredEvents(run, 'clerk')).toEqual([]);
    const [offer] = offeredEvents(run, 'applicant');
    expect(offer!.type).toBe('SUBMIT');
    expect(offer!.samples.length).toBeGreaterThan(0);
    expect(applyToRun(run, { type: 'SUBMIT', role: 'applicant', data: offer!.samples[0]! }).ok).toBe(true);
  });

  it('goes back in the log and drops what came later; the scenario holds what is left', () => {
    const run = must(must(must(startRun(gewerbe), submit!), request!), { advance: 'deadline' });
    expect(scenarioOf(run)).toEqual([submit, request, { advance: 'deadline' }]);
    const back = goBack(run, 0);
    expect(activeLeaves(currentState(back))).toEqual(['pruefung']);
    expect(scenarioOf(back)).toEqual([submit]);
    expect(currentState(goBack(run, -1))).toBe(run.start);
  });

  it('replays a scenario on a changed definition up to the first entry that no longer applies', () => {
    const scenario: ScenarioEntry[] = [submit!, request!, { advance: 'deadline' }];
    expect(replay(gewerbe, scenario).dropped).toBe(0);
    const changed = structuredClone(gewerbe);
    delete (changed.machine.states.nachforderung as { after?: unknown }).after;
    const { run, dropped } = replay(changed, scenario);
    expect(dropped).toBe(1);
    expect(activeLeaves(currentState(run))).toEqual(['nachforderung']);
  });
});

describe('an injected form check (the designer\'s CSP forbids ajv\'s compiled code)', () => {
  // What the browser passes instead of the engine's validateForm; here one that refuses everything.
  const refuseAll: FormCheck = () => ({ ok: false, errors: [{ path: '/x', code: 'nope', message: { de: 'nein', en: 'no' } }] });

  it('is used for the samples, for sending and for the generated paths', () => {
    const run = startRun(gewerbe, SIMULATION_START, refuseAll);
    expect(offeredEvents(run, 'applicant')[0]!.samples).toEqual([]);
    const refused = applyToRun(run, submit!);
    expect(refused.ok ? [] : refused.reasons.map((r) => r.message.de)).toEqual(['Formular anmeldung/x: nein']);
    expect(generatePaths(gewerbe, { validateForm: refuseAll }).paths).toEqual([]);
    expect(generatePaths(gewerbe).paths.length).toBeGreaterThan(0);
  });
});
