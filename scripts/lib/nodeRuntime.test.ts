import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_MAJOR, findNode, pinnedNodeVersion } from './nodeRuntime.mjs';

/** A stand-in `node` that only answers --version. */
function fakeNode(version: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'amtsweg-node-')), 'node');
  writeFileSync(file, `#!/bin/sh\necho ${version}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('the Node.js runtime', () => {
  afterEach(() => {
    delete process.env.AMTSWEG_NODE;
  });

  it('is a supported LTS for npm test and everything it starts (issue 8: Node 20 is end of life)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(MIN_MAJOR);
    expect(Number(pinnedNodeVersion().split('.')[0])).toBeGreaterThanOrEqual(MIN_MAJOR);
  });

  it('takes AMTSWEG_NODE when it is new enough, and refuses an older one by name', () => {
    process.env.AMTSWEG_NODE = fakeNode('v24.1.0');
    expect(findNode()).toMatchObject({ version: 'v24.1.0', source: 'AMTSWEG_NODE' });
    process.env.AMTSWEG_NODE = fakeNode('v20.20.2');
    expect(() => findNode()).toThrow(/is Node v20\.20\.2; Amtsweg needs ≥ 22/);
  });
});
