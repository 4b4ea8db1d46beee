import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { missingTools } from './systemTools.mjs';
import { projectRoot } from './tools.mjs';

/** A PATH holding only the named (do-nothing) programs. */
function pathWith(...programs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'amtsweg-path-'));
  for (const p of programs) {
    writeFileSync(join(dir, p), '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, p), 0o755);
  }
  return dir;
}

describe('missingTools()', () => {
  const saved = process.env.PATH;
  afterEach(() => {
    process.env.PATH = saved;
  });

  it('names the Debian package of each program npm test lacks (issue 8: pdfsig was missing)', () => {
    process.env.PATH = pathWith('pdftotext', 'openssl', 'chromium');
    expect(missingTools("test").map((t) => t.debian)).toEqual(['poppler-utils']);
  });

  it('asks for Debian\'s Chromium when the browser tests have no browser (issue 10)', () => {
    process.env.PATH = pathWith('pdfsig', 'pdftotext', 'openssl');
    expect(missingTools("test").map((t) => t.debian)).toEqual(['chromium']);
    process.env.PATH = pathWith('pdfsig', 'pdftotext', 'openssl', 'chromium-headless-shell');
    expect(missingTools("test")).toEqual([]);
  });

  it('asks nothing of npm start that only the tests use', () => {
    process.env.PATH = pathWith();
    expect(missingTools("start").map((t) => t.debian)).not.toContain('poppler-utils');
  });
});

describe('bootstrap.mjs without the programs the tests call', () => {
  it('stops at once, before installing anything, with the exact apt-get command', () => {
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'bootstrap.mjs'), 'test'], {
      encoding: 'utf8', timeout: 60_000,
      env: { HOME: process.env.HOME, PATH: pathWith(), AMTSWEG_NO_APT: '1' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm test needs programs this machine lacks');
    expect(result.stderr).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends poppler-utils openssl chromium');
    expect(result.stdout).not.toContain('[bootstrap] dependencies');
  });
});
