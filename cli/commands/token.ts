import { TOKEN_USAGE, tokenCommand } from '../../server/index.js';
import type { Command } from '../Command.js';

/** `amtsweg token --user <id>`: a bearer token of the development identity provider. */
export const token: Command = {
  name: 'token',
  summary: 'print a bearer token for a test identity (development IdP only)',
  usage: TOKEN_USAGE,
  run: (args) => tokenCommand(args),
};
