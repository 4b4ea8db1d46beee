import type { IncomingMessage } from 'node:http';
import type { Context, Middleware } from 'koa';
import type Provider from 'oidc-provider';
import type { InteractionResults } from 'oidc-provider';
import { HttpError } from '../HttpError.js';
import { ACR } from './acr.js';
import { DEV_IDENTITIES } from './devIdentities.js';
import { DEV_IDP_PATH } from './identityConstants.js';
import { renderLoginPage } from './renderLoginPage.js';

const INTERACTION = new RegExp(`^${DEV_IDP_PATH}/interaction/([\\w-]+)(/login|/abort)?$`);

async function readForm(ctx: Context): Promise<URLSearchParams> {
  if (!ctx.is('application/x-www-form-urlencoded')) throw new HttpError(415, 'unsupported-media-type', 'Expected a form post');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 4096) throw new HttpError(413, 'payload-too-large', 'Form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Login and consent of the dev IdP: our own pages, the provider keeps the protocol state. */
async function interaction(ctx: Context, provider: Provider, uid: string, action: string | undefined): Promise<void> {
  const details = await provider.interactionDetails(ctx.req, ctx.res).catch((err: unknown) => {
    throw new HttpError(400, 'login-expired', 'The login has expired; start again / Die Anmeldung ist abgelaufen, bitte neu beginnen', undefined, { cause: err });
  });
  if (details.uid !== uid) throw new HttpError(400, 'login-expired', 'This login belongs to another attempt; start again / Diese Anmeldung gehört zu einem anderen Versuch');
  let result: InteractionResults;
  if (action === '/abort') {
    result = { error: 'access_denied', error_description: 'End-User aborted interaction' };
  } else if (details.prompt.name === 'login' && ctx.method === 'GET' && !action) {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'html';
    ctx.body = renderLoginPage({
      action: `${DEV_IDP_PATH}/interaction/${uid}/login`, abort: `${DEV_IDP_PATH}/interaction/${uid}/abort`,
      identities: DEV_IDENTITIES, clientId: String(details.params.client_id),
    });
    return;
  } else if (details.prompt.name === 'login' && ctx.method === 'POST' && action === '/login') {
    const sub = (await readForm(ctx)).get('identity');
    const principal = DEV_IDENTITIES.find((p) => p.sub === sub);
    if (!principal) throw new HttpError(400, 'unknown-identity', 'Unknown test identity / Unbekannte Testidentität');
    result = { login: { accountId: principal.sub, acr: ACR[principal.assurance] } };
  } else if (details.prompt.name === 'consent' && ctx.method === 'GET' && !action) {
    // The only client is the server itself (first party): grant what it asked for, no page.
    const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = details.prompt.details as {
      missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]>;
    };
    const grant = details.grantId ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: String(details.session?.accountId), clientId: String(details.params.client_id) });
    if (!grant) throw new HttpError(400, 'login-expired', 'The login has expired; start again / Die Anmeldung ist abgelaufen, bitte neu beginnen');
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
    result = { consent: { grantId: await grant.save() } };
  } else {
    const allow = action === '/login' ? 'POST' : 'GET';
    throw new HttpError(405, 'method-not-allowed', `${ctx.method} is not allowed here; allowed: ${allow}`, undefined, { headers: { Allow: allow } });
  }
  ctx.status = 303;
  // Merged with the last submission: with prompt=login, the consent round must still carry the login.
  ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, result));
}

/**
 * Serves the dev IdP under `/idp`: the login interaction ourselves, everything else by handing
 * the raw request to oidc-provider. The provider is its own (Koa 2) application with its own
 * cookie keys, so it gets `req`/`res`, not our context; `req.originalUrl` tells it where it is
 * mounted. Requests outside `/idp` pass through.
 *
 * The provider builds every URL it publishes (discovery, redirects) from the request's host
 * and scheme; it is told those of `publicUrl` (as its proxy, `provider.proxy` being on), so
 * it never echoes a Host the sender chose (issue 9, finding 2).
 */
export function devIdpMiddleware(provider: Provider, publicUrl: string): Middleware {
  const callback = provider.callback();
  const { host, protocol } = new URL(publicUrl);
  return async (ctx, next) => {
    if (ctx.path !== DEV_IDP_PATH && !ctx.path.startsWith(`${DEV_IDP_PATH}/`)) return next();
    ctx.req.headers['x-forwarded-host'] = host;
    ctx.req.headers['x-forwarded-proto'] = protocol.slice(0, -1);
    const match = INTERACTION.exec(ctx.path);
    if (match?.[1]) return interaction(ctx, provider, match[1], match[2]);
    const req = ctx.req as IncomingMessage & { originalUrl?: string };
    req.originalUrl = ctx.originalUrl;
    req.url = ctx.originalUrl.slice(DEV_IDP_PATH.length) || '/';
    ctx.respond = false;
    await callback(req, ctx.res);
  };
}
