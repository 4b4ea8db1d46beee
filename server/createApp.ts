import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import type { AppDeps } from './AppDeps.js';
import { authenticate } from './authenticate.js';
import { errorHandler } from './errorHandler.js';
import { caseRoutes } from './routes/cases.js';
import { documentRoutes } from './routes/documents.js';
import { healthRoutes } from './routes/health.js';

/** The Koa application of the HTTP API. Drive it in-process with `app.callback()`. */
export function createApp(deps: AppDeps): Koa {
  const app = new Koa();
  app.use(errorHandler((err, ctx) => deps.log(err, { method: ctx.method, path: ctx.path })));
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '1mb', encoding: 'utf-8' }));
  app.use(authenticate());
  for (const router of [healthRoutes(deps), caseRoutes(deps), documentRoutes(deps)]) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  return app;
}
