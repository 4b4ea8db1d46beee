import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { procedureFiles } from '../../definitions/index.js';
import { validateDefinition } from '../../engine/index.js';
import type { Command } from '../Command.js';
import { formatIssue, procedurePath } from '../loadProcedure.js';

/** `amtsweg validate [path…]`: validation and static analysis; exit 1 on any error. */
export const validate: Command = {
  name: 'validate',
  summary: 'validate procedure definitions (default: the whole catalogue)',
  usage: [
    'amtsweg validate [path…] [--json] [--lang de|en]',
    '',
    'Validates each procedure (a procedure.json, a folder holding one, or a catalogue id) against',
    'the meta-schema and the static analysis. Prints `file:pointer: code: message` per finding',
    'and exits 1 on any error (warnings do not fail). --json prints one JSON report instead.',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' } },
    });
    const lang = values.lang === 'de' ? 'de' : 'en';
    const files = positionals.length ? positionals.map(procedurePath) : procedureFiles();
    const reports = files.map((file) => {
      const result = validateDefinition(readFileSync(file, 'utf8'));
      return { file, ok: result.ok, errors: result.errors, warnings: result.warnings };
    });
    if (values.json) {
      console.log(JSON.stringify(reports, null, 2));
    } else {
      for (const r of reports) {
        for (const e of r.errors) console.log(formatIssue(r.file, e, lang));
        for (const w of r.warnings) console.log(formatIssue(r.file, w, lang).replace(/^([^ ]+ )/, '$1warning: '));
        if (r.ok) console.log(`${relative(process.cwd(), r.file)}: ok${r.warnings.length ? ` (${r.warnings.length} warnings)` : ''}`);
      }
      const failed = reports.filter((r) => !r.ok).length;
      console.log(`${reports.length} definitions, ${failed} with errors`);
    }
    return reports.every((r) => r.ok) ? 0 : 1;
  },
};
