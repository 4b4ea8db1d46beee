import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { procedureSchema } from '../../engine/index.js';
import type { Command } from '../Command.js';

const defaultFile = fileURLToPath(new URL('../../engine/procedure.schema.json', import.meta.url));

/** `amtsweg schema`: writes the meta-schema of procedure.json for editors (`$schema`). */
export const schema: Command = {
  name: 'schema',
  summary: 'write the procedure meta-schema (engine/procedure.schema.json)',
  usage: 'amtsweg schema [-o file]\n\nWrites the JSON meta-schema of procedure.json. Default: engine/procedure.schema.json.',
  async run(args) {
    const { values } = parseArgs({ args, options: { output: { type: 'string', short: 'o' } } });
    const file = values.output ?? defaultFile;
    writeFileSync(file, JSON.stringify(procedureSchema, null, 2) + '\n');
    console.log(`wrote ${file}`);
    return 0;
  },
};
