import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTypes } from '../../cli/generateTypes.js';
import { loadCatalogue } from '../../definitions/index.js';
import { validateDefinition } from '../../engine/index.js';

const dir = mkdtempSync(join(tmpdir(), 'amtsweg-typegen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateTypes()', () => {
  const defs = [...loadCatalogue().values()].map((d) => validateDefinition(d).definition!);

  it('emits types for every catalogue procedure that compile under tsc --strict', async () => {
    const files: string[] = [];
    for (const def of defs) {
      const file = join(dir, `${def.id}.ts`);
      writeFileSync(file, await generateTypes(def));
      files.push(file);
    }
    // A use site: the event union narrows, and forms reject unknown properties.
    const use = join(dir, 'use.ts');
    writeFileSync(use, [
      "import type { GewerbeanmeldungEvent, GewerbeanmeldungAnmeldungForm } from './gewerbeanmeldung.js';",
      'export function describe(e: GewerbeanmeldungEvent): string { return e.type === "SUBMIT" ? e.data.familienname : e.type; }',
      'export const ok: Pick<GewerbeanmeldungAnmeldungForm, "rechtsform"> = { rechtsform: "gmbh" };',
      "import type { GewerbeanmeldungState } from './gewerbeanmeldung.js';",
      'export const state: GewerbeanmeldungState = "angemeldet";',
    ].join('\n'));
    files.push(use);
    const program = ts.createProgram(files, { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, types: [] });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  it('names one interface per form and the event union', async () => {
    const gewerbe = defs.find((d) => d.id === 'gewerbeanmeldung')!;
    const text = await generateTypes(gewerbe);
    expect(text).toContain('export interface GewerbeanmeldungAnmeldungForm {');
    expect(text).toContain("| { type: 'SUBMIT'; data: GewerbeanmeldungAnmeldungForm }");
    expect(text).toContain("| { type: 'WITHDRAW' }");
  });

  // Issue 13: a transient state (left at once by `always`) is no state a case stands in.
  it('names the states a case can stand in, without transient ones', async () => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/freischankflaeche/procedure.json', import.meta.url), 'utf8')) as unknown;
    const text = await generateTypes(validateDefinition(fixture).definition!);
    expect(text).toContain("export type FreischankflaecheState =\n  | 'entwurf'\n  | 'angezeigt'\n  | 'pruefung'\n  | 'erteilt'\n  | 'abgelehnt';");
    expect(text).toContain('leaves them at once: eingang.');
  });
});
