import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Command } from '../Command.js';
import { generateTypes } from '../generateTypes.js';
import { loadProcedure } from '../loadProcedure.js';

/** `amtsweg typegen <procedure> [-o file]`: TypeScript types of forms, events and states. */
export const typegen: Command = {
  name: 'typegen',
  summary: 'generate TypeScript types for the forms, events and states of a procedure',
  usage: 'amtsweg typegen <procedure> [-o file]\n\nPrints (or writes to file) one interface per form, the union of the events and the union of\nthe states a case can stand in (transient states, left at once by `always`, are not among them).',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
    if (!positionals[0]) throw new Error('usage: amtsweg typegen <procedure> [-o file]');
    const def = loadProcedure(positionals[0]);
    if (!def) return 1;
    const types = await generateTypes(def);
    if (values.output) {
      writeFileSync(values.output, types);
      console.error(`wrote ${values.output}`);
    } else {
      process.stdout.write(types);
    }
    return 0;
  },
};
