import Koa from 'koa';
import helmet from 'koa-helmet';
import Router from '@koa/router';
import type { Logger } from 'pino';
import type { AppDeps } from './AppDeps.js';
import { errorHandler } from './errorHandler.js';
import { jsonBodyParser } from './http/jsonBodyParser.js';
import { mountRoutes } from './http/mountRoutes.js';
import { contentSecurityPolicy } from './http/contentSecurityPolicy.js';
import { openApiDocument } from './http/openApiDocument.js';
import { rateLimits } from './http/rateLimits.js';
import { createLogger, requestLogger } from './http/requestLogger.js';
import type { RouteSpec } from './http/RouteSpec.js';
import { renderApiPage } from './http/renderApiPage.js';
import { serveUi } from './http/serveUi.js';
import { mountIdentity } from './identity/index.js';
import { caseRoutes } from './routes/caseRoutes.js';
import { catalogueRoutes } from './routes/catalogueRoutes.js';
import { consentRoutes } from './routes/consentRoutes.js';
import { publishRoutes } from './routes/publishRoutes.js';
import { documentRoutes } from './routes/documentRoutes.js';
import { healthRoutes } from './routes/healthRoutes.js';
import { meRoutes } from './routes/meRoutes.js';
import { draftRoutes } from './routes/draftRoutes.js';
import { messageRoutes } from './routes/messageRoutes.js';
import { participationRoutes } from './routes/participationRoutes.js';
import { FORM_BODY_LIMIT } from './routes/formBodyLimit.js';
import { previewRoutes } from './routes/previewRoutes.js';
import { assignmentRoutes } from './routes/assignmentRoutes.js';
import { staffInboxRoutes } from './routes/staffInboxRoutes.js';
import { savedFilterRoutes } from './routes/savedFilterRoutes.js';
import { deadlineRoutes } from './routes/deadlineRoutes.js';
import { historyRoutes } from './routes/historyRoutes.js';
import { layoutRoutes } from './routes/layoutRoutes.js';
import { MESSAGE_BODY_LIMIT } from './routes/readMessageBody.js';

/** Every declared route of the API (the authorisation-matrix test walks this list). */
export function apiRoutes(deps: AppDeps): RouteSpec<never, unknown>[] {
  return [...healthRoutes(deps), ...catalogueRoutes(deps), ...publishRoutes(deps), ...caseRoutes(deps), ...participationRoutes(deps), ...consentRoutes(deps), ...documentRoutes(deps), ...meRoutes(deps), ...messageRoutes(deps), ...draftRoutes(deps), ...assignmentRoutes(deps), ...staffInboxRoutes(deps), ...savedFilterRoutes(deps), ...deadlineRoutes(deps), ...historyRoutes(deps), ...layoutRoutes(deps), ...previewRoutes(deps)] as RouteSpec<never, unknown>[];
}

/** The version the OpenAPI document states. */
const API_VERSION = process.env.npm_package_version ?? '0.1.0';

/**
 * The OpenAPI document without a running server (for the UIs' generated client types): the
 * routes are only declared, never run, so they get no services.
 */
export function apiDocument(): Record<string, unknown> {
  const declaredOnly = { temporal: {} } as AppDeps;
  return openApiDocument(apiRoutes(declaredOnly), API_VERSION);
}

/**
 * The Koa application of the HTTP API. Drive it in-process with `app.callback()`. One line per
 * request goes to `logger` (silent when none is given, as for in-process tests).
 */
export function createApp(deps: AppDeps, logger: Logger = createLogger({ level: 'silent' })): Koa {
  const app = new Koa({ proxy: process.env.AMTSWEG_TRUST_PROXY === '1' });
  const limits = rateLimits(deps.store, deps.rateLimits);
  app.use(errorHandler((err, ctx) => deps.log(err, { method: ctx.method, path: ctx.path, requestId: ctx.state.requestId })));
  app.use(requestLogger(logger));
  app.use(helmet({ contentSecurityPolicy: contentSecurityPolicy() }));
  app.use(limits.login);
  app.use(jsonBodyParser([
    { path: /^\/api\/cases\/[^/]+\/messages$/, limit: MESSAGE_BODY_LIMIT },
    // Form data carries its files as data URLs (engine fileFields).
    { path: /^\/api\/cases\/[^/]+\/events$/, limit: FORM_BODY_LIMIT },
    { method: 'PUT', path: /^\/api\/cases\/[^/]+\/draft$/, limit: FORM_BODY_LIMIT },
  ]));
  mountIdentity(app, deps.identity, deps.store);
  app.use(limits.submissions);
  const routes = apiRoutes(deps);
  const api = mountRoutes(routes, deps.store);
  app.use(api.routes());
  app.use(api.allowedMethods());
  const docs = new Router();
  const spec = openApiDocument(routes, API_VERSION);
  docs.get('/api/openapi.json', (ctx) => { ctx.body = spec; });
  docs.get('/api/docs', (ctx) => { ctx.type = 'html'; ctx.body = renderApiPage(spec); });
  app.use(docs.routes());
  if (deps.uiDir) app.use(serveUi(deps.uiDir));
  return app;
}
