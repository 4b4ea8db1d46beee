import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/index.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

// Issue 8: the README cited DESIGN.md and STYLE.md, which were not in the repository, and the
// licence named in package.json had no LICENSE file.
describe('README.md', () => {
  it('links only to files that are in the repository', () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !existsSync(join(projectRoot, l)))).toEqual([]);
  });

  it('names no design note that lives outside the repository', () => {
    expect(readme).not.toMatch(/\b(DESIGN|STYLE)\.md\b/);
  });

  it('lists every top-level source folder in its layout', () => {
    const layout = readme.split('## Layout')[1]?.split('\n## ')[0] ?? '';
    for (const folder of ['engine', 'config', 'definitions', 'workflows', 'documents', 'workers', 'cli', 'store', 'server', 'tests', 'scripts']) {
      expect(layout, folder).toMatch(new RegExp(`^${folder}/`, 'm'));
    }
  });
});

describe('the licence', () => {
  it('is in LICENSE, as package.json declares', () => {
    const { license } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { license: string };
    expect(license).toBe('EUPL-1.2');
    expect(readFileSync(join(projectRoot, 'LICENSE'), 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  });
});
