import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../cli/commands/paths.js';
import { catalogueDir, procedureFiles } from '../../definitions/index.js';
import { simulate } from '../../cli/commands/simulate.js';
import { validate } from '../../cli/commands/validate.js';
import { runCli } from '../../cli/runCli.js';
import { SIMULATION_START } from '../../engine/index.js';
import type { TransitionConfig } from '../../engine/index.js';

let out: string[];
let stdout: string[];
let stderr: string[];
beforeEach(() => {
  [out, stdout, stderr] = [[], [], []];
  vi.spyOn(console, 'log').mockImplementation((line: string) => {
    out.push(line);
    stdout.push(line);
  });
  vi.spyOn(console, 'error').mockImplementation((line: string) => {
    out.push(line);
    stderr.push(line);
  });
});
afterEach(() => vi.restoreAllMocks());

describe('amtsweg validate', () => {
  it('passes on the catalogue with exit 0', async () => {
    expect(await validate.run([])).toBe(0);
    expect(out.at(-1)).toMatch(/^\d+ definitions, 0 with errors$/);
  });

  it('prints a JSON report with --json', async () => {
    expect(await validate.run(['--json', 'anfrage'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual([expect.objectContaining({ ok: true, errors: [] })]);
  });

  // Issue 13: a definition written outside the catalogue put `title` into renderDocument and saw
  // "Property "title" is not allowed" without the effect it belongs to.
  it('refuses an unknown effect parameter with its JSON pointer, naming the effect type, in either language', async () => {
    const definition = JSON.parse(readFileSync(join(catalogueDir, 'gewerbeanmeldung', 'procedure.json'), 'utf8')) as { machine: { states: Record<string, { entry?: { params?: Record<string, unknown> }[] }> } };
    definition.machine.states.angemeldet!.entry![0]!.params!.title = 'Gewerbeanmeldebescheinigung';
    const file = join(mkdtempSync(join(tmpdir(), 'amtsweg-validate-')), 'procedure.json');
    writeFileSync(file, JSON.stringify(definition));
    expect(await validate.run([file])).toBe(1);
    expect(out).toContain(`${relative(process.cwd(), file)}:/machine/states/angemeldet/entry/0/params/title: effect-param-unknown: renderDocument: unknown parameter "title" (allowed: template, document).`);
    expect(out.at(-1)).toBe('1 definitions, 1 with errors');
    out.length = 0;
    expect(await validate.run(['--lang', 'de', file])).toBe(1);
    expect(out[0]).toMatch(/params\/title: effect-param-unknown: renderDocument: unbekannter Parameter „title“ \(erlaubt: template, document\)\.$/);
  });
});

// Issue 13: routing on submitted data through a transient state, and guards that read what cannot exist.
describe('amtsweg with eventless transitions', () => {
  const fixture = new URL('../fixtures/freischankflaeche/procedure.json', import.meta.url).pathname;
  const variant = (change: (def: { machine: { states: Record<string, { always?: TransitionConfig[] }> } }) => void) => {
    const def = JSON.parse(readFileSync(fixture, 'utf8')) as Parameters<typeof change>[0];
    change(def);
    const file = join(mkdtempSync(join(tmpdir(), 'amtsweg-always-')), 'procedure.json');
    writeFileSync(file, JSON.stringify(def));
    return file;
  };

  it('validates the routing fixture and lists its paths through the transient state', async () => {
    expect(await validate.run([fixture])).toBe(0);
    expect(await paths.run([fixture])).toBe(0);
    expect(out).toContain('  1. entwurf — SUBMIT#1 → (eingang) → angezeigt');
    expect(out).toContain('states: 6/6 (100.0 %)');
  });

  it('simulates a submission routed through the transient state, with the effects of the whole step', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'amtsweg-sim-')), 'events.json');
    writeFileSync(file, JSON.stringify([{ type: 'SUBMIT', data: { betrieb: 'Biergarten Linde', flaeche: 60 } }, { type: 'APPROVE' }]));
    expect(await simulate.run([fixture, file])).toBe(0);
    expect(out.join('\n')).toContain('1 SUBMIT (applicant)\n    passed: eingang\n    state: pruefung\n    effects: receipt, createEFile, fileDocument {"document":"antrag"}\n');
  });

  it('refuses a guard that reads data which cannot exist at its transition, with a JSON pointer', async () => {
    // The transient state reads the submission as event data; the draft reads it before anyone submitted.
    const file = variant((def) => {
      def.machine.states.eingang!.always![0]!.guard = { '<=': [{ var: 'event.data.flaeche' }, 10] };
    });
    const before = variant((def) => {
      def.machine.states.entwurf!.always = [{ target: 'eingang', guard: { var: 'data.antrag.flaeche' } }];
    });
    expect(await validate.run([file, before])).toBe(1);
    const text = out.join('\n');
    expect(text).toContain(`${relative(process.cwd(), file)}:/machine/states/eingang/always/0/guard: guard-no-event-data: The guard reads "event.data.flaeche" but an eventless transition has no event data`);
    expect(text).toContain(`${relative(process.cwd(), before)}:/machine/states/entwurf/always/0/guard: guard-data-unavailable: The guard reads "data.antrag.flaeche" but no event that can happen before this transition stores form "antrag" in the case.`);
    expect(out.at(-1)).toBe('2 definitions, 2 with errors');
  });
});

describe('amtsweg simulate', () => {
  const example = (name: string) => new URL(`../../definitions/gewerbeanmeldung/${name}`, import.meta.url).pathname;

  // Issue 8: the README's example exited 1 because it held refused events; refusals have their own example now.
  it('runs the README example to the final state with exit 0', async () => {
    expect(await simulate.run(['gewerbeanmeldung', example('events.example.json')])).toBe(0);
    const text = out.join('\n');
    expect(text).not.toContain('rejected');
    expect(text).toContain('4 CONFIRM (clerk)\n    state: angemeldet (final)');
  });

  it('prints each step and rejects what a role may not do, with the reason', async () => {
    const code = await simulate.run(['gewerbeanmeldung', example('events.refused.example.json')]);
    const text = out.join('\n');
    expect(code).toBe(1);
    expect(text).toContain('2 CONFIRM (applicant) ✗ rejected\n    role-not-allowed: Role "applicant" may not fire "CONFIRM" (allowed: clerk).');
    expect(text).toContain('guard-failed');
    expect(text).toContain('form nachreichung/dokumente/0: This file type is not allowed. Allowed: PDF, PNG or JPEG.');
    expect(text).toContain('timer started: xstate.after.P1M.gewerbeanmeldung.nachforderung');
    expect(text).toContain('timer cancelled: xstate.after.P1M.gewerbeanmeldung.nachforderung');
    expect(text).toContain('state: angemeldet (final)');
  });
});

describe('amtsweg paths', () => {
  it('lists the paths and 100 % transition coverage', async () => {
    expect(await paths.run(['vergabe-angebot'])).toBe(0);
    expect(out).toContain('transitions: 8/8 (100.0 %)');
  });
});

describe('amtsweg', () => {
  // Issue 8: `npm run amtsweg` without arguments printed the help and exited 1.
  it.each([[[]], [['help']], [['--help']], [['-h']]])('prints the help on stdout with exit 0 when asked for it: %j', async (argv) => {
    expect(await runCli(argv)).toBe(0);
    expect(stdout.join('\n')).toContain('Commands:');
    expect(stderr).toEqual([]);
  });

  it('prints the help on stderr with exit 2 for an unknown command', async () => {
    expect(await runCli(['frobnicate'])).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr.join('\n')).toMatch(/^amtsweg: unknown command "frobnicate"\n\nUsage: amtsweg <command>[\s\S]*Commands:/);
  });

  it('fails with a clear message for an unknown command, a bad option or a missing file', async () => {
    expect(await runCli(['frobnicate'])).toBe(2);
    expect(await runCli(['validate', '--frobnicate'])).toBe(1);
    expect(await runCli(['paths', 'no-such-procedure'])).toBe(1);
    expect(out.join('\n')).toContain('amtsweg: unknown command "frobnicate"');
    expect(out.join('\n')).toContain('amtsweg paths: "no-such-procedure" is neither a file nor a procedure of the catalogue');
  });

  it('answers amtsweg audit with a wrong sub-command or a missing trusted root in one line, before touching a database', async () => {
    expect(await runCli(['audit', 'erase'])).toBe(1);
    expect(await runCli(['audit', 'checkpoint', '--json'])).toBe(1);
    expect(await runCli(['audit', 'verify', '--trust', join(tmpdir(), 'no-such-root.pem')])).toBe(1);
    expect(out).toEqual([
      'amtsweg audit: usage: amtsweg audit verify [--json] [--checkpoints file] [--trust root.pem] | amtsweg audit checkpoint',
      'amtsweg audit: usage: amtsweg audit verify [--json] [--checkpoints file] [--trust root.pem] | amtsweg audit checkpoint',
      `amtsweg audit: no trusted root certificate at ${join(tmpdir(), 'no-such-root.pem')}: pass --trust root.pem`,
    ]);
  });

  it('shows the usage of a command', async () => {
    expect(await runCli(['simulate', '--help'])).toBe(0);
    expect(out[0]).toMatch(/^amtsweg simulate <procedure> <events.json>/);
  });
});

describe('amtsweg simulate with deadlines', () => {
  // Scenario files next to a catalogue procedure (`scenario*.json`, e.g. downloaded from the designer's simulation) replay with exit 0.
  const scenarios = procedureFiles().flatMap((file) => readdirSync(dirname(file)).filter((f) => /^scenario.*\.json$/.test(f)).map((f) => [basename(dirname(file)), join(dirname(file), f)]));
  it('has a scenario with a clock advance', () => expect(scenarios.map(([, f]) => basename(f!))).toContain('scenario.frist.json'));
  it.each(scenarios)('replays the scenario of %s: %s', async (procedure, file) => {
    expect(await simulate.run([procedure!, file!])).toBe(0);
    expect(out.join('\n')).not.toContain('rejected');
    expect(out.join('\n')).toContain('(final)');
  });

  it('advances the clock, fires only deadlines due by then, and refuses a bad duration', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'amtsweg-sim-')), 'events.json');
    const events = JSON.parse(readFileSync(new URL('../../definitions/gewerbeanmeldung/events.example.json', import.meta.url), 'utf8')) as unknown[];
    writeFileSync(file, JSON.stringify([...events.slice(0, 2), { advance: 'P14D' }, { advance: 'zwei Wochen' }, { advance: 'P1M' }]));
    expect(await simulate.run(['gewerbeanmeldung', file, '--at', SIMULATION_START])).toBe(1);
    const text = out.join('\n');
    const day = (n: number) => new Date(Date.parse(SIMULATION_START) + n * 86_400_000).toISOString();
    expect(text).toContain(`3 advance P14D → ${day(14)}\n4 advance zwei Wochen ✗ rejected: "zwei Wochen" is not an ISO 8601 duration.`);
    expect(text).toMatch(/5 advance P1M → \S+\n {2}deadline xstate\.after\.P1M\.gewerbeanmeldung\.nachforderung at \S+\n {4}state: eingestellt \(final\)/);
  });

  it('fires a running deadline and refuses one that is not running', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'amtsweg-sim-')), 'events.json');
    writeFileSync(file, JSON.stringify([
      { deadline: 'P1M' },
      { type: 'SUBMIT', data: { familienname: 'Mustermann', vornamen: 'Erika', geburtsdatum: '1985-04-12', umfang: 'alle', kopie: false } },
      { deadline: 'P1M' },
    ]));
    expect(await simulate.run(['dsgvo-auskunft', file])).toBe(1);
    const text = out.join('\n');
    expect(text).toContain('1 deadline P1M ✗ rejected: no such deadline is running');
    expect(text).toContain('3 deadline xstate.after.P1M.dsgvo-auskunft.bearbeitung\n    state: eskalation');
  });
});
