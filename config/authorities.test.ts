import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './readConfig.js';
import { loadAuthorities } from './authorities.js';

const definitionsAuthorities = ['anfrage', 'baugenehmigung', 'dsgvo-auskunft', 'gewerbeanmeldung', 'vergabe-angebot', 'wohnsitzanmeldung']
  .map((id) => (JSON.parse(readFileSync(new URL(`../definitions/${id}/procedure.json`, import.meta.url), 'utf8')) as { authority: string }).authority);

describe('loadAuthorities', () => {
  it('knows every authority of the catalogue, with a state and an address', () => {
    const authorities = loadAuthorities();
    for (const id of definitionsAuthorities) {
      expect(authorities[id]?.address.length, id).toBeGreaterThan(0);
      expect(authorities[id]?.state, id).toBe('BY');
    }
    expect(Object.keys(authorities)).not.toContain('$comment');
  });

  it('names every problem of a broken file at once', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'authorities-')), 'a.json');
    writeFileSync(file, JSON.stringify({ amt: { name: { de: 'Amt' }, address: [], state: 'XX', email: 'nope', fax: '0' } }));
    const error = (() => { try { loadAuthorities(file); } catch (e) { return e; } })() as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems.join('\n')).toMatch(/name needs "de" and "en"[\s\S]*address[\s\S]*state must be one of[\s\S]*email[\s\S]*unknown field\(s\) fax/);
  });

  it('says which file it could not read', () => {
    expect(() => loadAuthorities('/nonexistent/authorities.json')).toThrow(/cannot read \/nonexistent\/authorities.json/);
  });
});
