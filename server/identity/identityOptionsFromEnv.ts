import { readConfig } from '../../config/index.js';
import { DEV_IDP_PATH } from './identityConstants.js';
import type { IdentityOptions } from './IdentityOptions.js';

/**
 * Identity options from the environment: `AMTSWEG_PUBLIC_URL` (default
 * `http://localhost:$PORT`), `AMTSWEG_DATA_DIR` (default `.data`), `OIDC_ISSUER`,
 * `OIDC_CLIENT_ID`, `OIDC_CLIENT_SECRET`, `OIDC_SCOPE`, `OIDC_AUDIENCE`,
 * `AMTSWEG_MAX_TOKEN_LIFETIME`. Without `OIDC_ISSUER` — or with it pointing at
 * `<publicUrl>/idp` — the embedded dev IdP is used, on localhost only unless `AMTSWEG_DEV_IDP=1`. Throws when an external issuer lacks its client id
 * or secret, or the dev IdP would serve another host.
 */
export function identityOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityOptions {
  const { publicUrl, dataDir, maxTokenLifetimeSeconds } = readConfig(env);
  const options: IdentityOptions = { publicUrl, dataDir, maxTokenLifetimeSeconds };
  if (env.OIDC_AUDIENCE) options.audience = env.OIDC_AUDIENCE;
  const issuer = env.OIDC_ISSUER?.replace(/\/+$/, '');
  if (issuer && issuer !== publicUrl + DEV_IDP_PATH) {
    if (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) throw new Error('OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be too');
    options.external = { issuer, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, ...(env.OIDC_SCOPE ? { scope: env.OIDC_SCOPE } : {}) };
  }
  const host = new URL(publicUrl).hostname;
  // Anyone can pick any identity, staff included, at the development IdP: never by accident
  // on a server others can reach.
  if (!options.external && !['localhost', '127.0.0.1', '[::1]'].includes(host) && env.AMTSWEG_DEV_IDP !== '1') {
    throw new Error(`The development identity provider serves only localhost, not ${host}: set OIDC_ISSUER (and client id and secret) for a real IdP, or AMTSWEG_DEV_IDP=1 to run the development one there deliberately, through a reverse proxy on this machine (it listens on 127.0.0.1 only).`);
  }
  return options;
}
