import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { send } from '@koa/send';
import type { Middleware } from 'koa';
import { HttpError } from '../HttpError.js';

/** Paths the UIs never answer: the API, login and the development IdP. */
const NOT_UI = /^\/(api|auth|idp)(\/|$)/;

/** The app a path belongs to: `/workbench/…`, `/designer/…`, everything else the portal. */
function appOf(path: string): 'portal' | 'workbench' | 'designer' {
  if (/^\/workbench(\/|$)/.test(path)) return 'workbench';
  if (/^\/designer(\/|$)/.test(path)) return 'designer';
  return 'portal';
}

/**
 * Serves the built UIs (`dist/ui`, see vite.config.ts): hashed files under `/assets/` cached for
 * a year as immutable; any other GET outside the API answers the app's `index.html`, never
 * cached, so the apps' own routes (`/vorgaenge/…`) survive a reload and a new build shows at once.
 */
export function serveUi(dir: string): Middleware {
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || NOT_UI.test(ctx.path)) return next();
    if (ctx.path.startsWith('/assets/')) {
      const served = await send(ctx, ctx.path, { root: dir, immutable: true, maxage: 365 * 24 * 3600 * 1000, index: false, hidden: false }).catch((err: { status?: number }) => {
        if (err.status === 404 || err.status === 400) return undefined;
        throw err;
      });
      if (!served) throw new HttpError(404, 'not-found', `No file ${ctx.path}`);
      return;
    }
    // A request for a file (favicon.ico, robots.txt) that the build does not have is a 404, not the app.
    if (/\.[a-z0-9]{1,8}$/i.test(ctx.path)) return next();
    const app = appOf(ctx.path);
    if (app !== 'portal' && !ctx.path.startsWith(`/${app}/`)) return ctx.redirect(`/${app}/${ctx.querystring ? `?${ctx.querystring}` : ''}`);
    if (!existsSync(join(dir, app, 'index.html'))) {
      throw new HttpError(503, 'ui-not-built', 'The user interface has not been built: `npm start` builds it, or run `npm run build:ui`.');
    }
    await send(ctx, join(app, 'index.html'), { root: dir, index: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });
  };
}
