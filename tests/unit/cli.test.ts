import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../cli/commands/paths.js';
import { simulate } from '../../cli/commands/simulate.js';
import { validate } from '../../cli/commands/validate.js';
import { runCli } from '../../cli/runCli.js';

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
