import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEV_IDENTITIES } from './devIdentities.js';
import { DEFAULT_MAX_TOKEN_LIFETIME, DEV_IDP_PATH } from './identityConstants.js';
import { identityOptionsFromEnv } from './identityOptionsFromEnv.js';
import { issueDevToken } from './issueDevToken.js';

/** Usage text of `amtsweg token`. */
export const TOKEN_USAGE = `amtsweg token --user <id> [--ttl <seconds>]

Prints a bearer token of the development identity provider for a test identity, e.g.
  curl -H "Authorization: Bearer $(npm run -s amtsweg -- token --user erika)" localhost:8080/api/me
Identities: ${DEV_IDENTITIES.map((p) => p.sub).join(', ')}
--ttl defaults to one hour; the API refuses tokens living longer than AMTSWEG_MAX_TOKEN_LIFETIME (3600 s by default).
Refuses when OIDC_ISSUER points at another identity provider, or when the data folder
(AMTSWEG_DATA_DIR, default .data; also read from .env) holds no key of a started server.`;

/**
 * `amtsweg token --user <id> [--ttl <seconds>]`: prints a dev access token. Resolves to the exit
 * code: 1 with a message on stderr when a real IdP is configured (its tokens cannot be minted
 * here, and pretending would hide that), the user is unknown, or `--ttl` is longer than the API
 * accepts (a token it would refuse).
 */
export async function tokenCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { user: { type: 'string' }, ttl: { type: 'string' } } });
  const options = identityOptionsFromEnv({ ...env, OIDC_ISSUER: undefined });
  const issuer = env.OIDC_ISSUER?.replace(/\/+$/, '');
  if (issuer && issuer !== options.publicUrl + DEV_IDP_PATH) {
    console.error(`amtsweg token: OIDC_ISSUER is ${issuer}, not the development identity provider; get a token from that IdP instead.`);
    return 1;
  }
  const maxSeconds = options.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME;
  const ttlSeconds = values.ttl === undefined ? Math.min(DEFAULT_MAX_TOKEN_LIFETIME, maxSeconds) : Number(values.ttl);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
    console.error('amtsweg token: --ttl must be a positive number of seconds');
    return 1;
  }
  if (ttlSeconds > maxSeconds) {
    console.error(`amtsweg token: --ttl ${ttlSeconds} is longer than the API accepts (AMTSWEG_MAX_TOKEN_LIFETIME, now ${maxSeconds} s)`);
    return 1;
  }
  if (!values.user || !DEV_IDENTITIES.some((p) => p.sub === values.user)) {
    console.error(`amtsweg token: ${values.user ? `unknown user "${values.user}"` : '--user is required'}; one of ${DEV_IDENTITIES.map((p) => p.sub).join(', ')}`);
    return 1;
  }
  // Minting with a key the server does not have would print a token it refuses (401): the key
  // must be the one the running server created in its data folder.
  const keyFile = join(options.dataDir, 'idp', 'jwks.json');
  if (!existsSync(keyFile)) {
    console.error([
      `amtsweg token: no development IdP key in ${keyFile}.`,
      'Start the server first (npm start creates it), or point AMTSWEG_DATA_DIR at the data folder of the running',
      'server — in the environment or, for every command alike, in the project\'s .env file.',
    ].join('\n'));
    return 1;
  }
  console.log(await issueDevToken({ dataDir: options.dataDir, publicUrl: options.publicUrl, user: values.user, ttlSeconds, ...(options.audience ? { audience: options.audience } : {}) }));
  return 0;
}
