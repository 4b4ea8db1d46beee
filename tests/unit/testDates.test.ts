import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/index.js';

// Issue 8: a receipt dated the day its test was written stopped verifying the day after, because
// the test PKI is created when the test runs. Tests that meet a certificate (a PKI, a signature)
// or a timer (a case workflow) take their instants from documents/testing/testClock.ts or "now";
// a hard-coded instant needs a `fixed date:` comment on its line or the line above saying why.
const meetsClock = /createTestPki|ensureDevPki|devSigner|useCaseSuite|startServices|sealPdf|createReceipt|createDetachedCms/;
const isoInstant = /['"`]\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function testFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.test.ts'], { cwd: projectRoot, encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

describe('tests and the clock', () => {
  it('no test that signs, verifies or runs timers holds an unexplained hard-coded instant', () => {
    const offenders: string[] = [];
    for (const file of testFiles()) {
      const lines = readFileSync(`${projectRoot}/${file}`, 'utf8').split('\n');
      if (!lines.some((l) => meetsClock.test(l))) continue;
      lines.forEach((line, i) => {
        if (isoInstant.test(line) && !/fixed date:/.test(line) && !/fixed date:/.test(lines[i - 1] ?? '')) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
