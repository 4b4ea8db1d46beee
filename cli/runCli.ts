import type { Command } from './Command.js';
import { paths } from './commands/paths.js';
import { schema } from './commands/schema.js';
import { simulate } from './commands/simulate.js';
import { typegen } from './commands/typegen.js';
import { validate } from './commands/validate.js';
import { audit } from './commands/audit.js';
import { token } from './commands/token.js';
import { verify } from './commands/verify.js';
import { retention } from './commands/retention.js';

const commands: Command[] = [validate, simulate, paths, typegen, schema, verify, token, audit, retention];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return ['Usage: amtsweg <command> [options]   (npm run amtsweg -- <command>)', '', 'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), '', 'amtsweg <command> --help shows the options of a command.',
    'Exit codes: 0 done (or valid), 1 a check failed or an error occurred, 2 unknown command.'].join('\n');
}

/**
 * `amtsweg <command>`: a small dispatcher; each command lives in cli/commands/<name>.ts. Resolves
 * to the exit code: help that was asked for (no arguments, `help`, `--help`, `-h`) is 0 on stdout;
 * an unknown command is a usage error, 2 with the help on stderr (issue 8).
 */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`amtsweg: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    // Wrong options (parseArgs) and unreadable files end here: one line, no stack.
    console.error(`amtsweg ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
