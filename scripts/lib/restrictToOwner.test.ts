import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restrictToOwner } from './restrictToOwner.js';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('restrictToOwner()', () => {
  it('clears group and other bits of every folder and file below, keeping the owner\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amtsweg-owner-'));
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'mail'));
    writeFileSync(join(dir, 'mail', '1.eml'), 'x');
    writeFileSync(join(dir, 'temporal.db'), 'x');
    writeFileSync(join(dir, 'key.json'), 'x', { mode: 0o600 });
    // explicit modes: the umask of whoever runs the test must not decide what is tested
    chmodSync(join(dir, 'mail'), 0o755);
    chmodSync(join(dir, 'mail', '1.eml'), 0o644);
    chmodSync(join(dir, 'temporal.db'), 0o664);
    const outside = join(mkdtempSync(join(tmpdir(), 'amtsweg-outside-')), 'shared');
    writeFileSync(outside, 'x');
    chmodSync(outside, 0o644);
    symlinkSync(outside, join(dir, 'link'));

    expect(restrictToOwner(dir).sort()).toEqual([dir, join(dir, 'mail'), join(dir, 'mail', '1.eml'), join(dir, 'temporal.db')].sort());
    expect([mode(dir), mode(join(dir, 'mail')), mode(join(dir, 'mail', '1.eml')), mode(join(dir, 'temporal.db')), mode(join(dir, 'key.json'))])
      .toEqual([0o700, 0o700, 0o600, 0o600, 0o600]);
    expect(mode(outside)).toBe(0o644); // a link is not followed out of the folder
  });

  it('refuses a filesystem root or the home folder', () => {
    expect(() => restrictToOwner('/')).toThrow(/a folder of its own/);
    expect(() => restrictToOwner(homedir())).toThrow(/a folder of its own/);
  });
});
