/** The HTTP API (Koa). */
export { createApp } from './createApp.js';
export type { AppDeps } from './AppDeps.js';
export { HttpError } from './HttpError.js';
export type { ErrorBody } from './HttpError.js';
export { apiDocument, apiRoutes } from './createApp.js';
export { Catalogue } from './Catalogue.js';
export { createLayoutService, LayoutFailure } from './layout/layoutService.js';
export type { LayoutService } from './layout/layoutService.js';
export { SERVER_LAYOUT, carriedOver, storedLayouts } from './layout/storedLayouts.js';
export type { StoredLayouts } from './layout/storedLayouts.js';
export { FORM_BODY_LIMIT } from './routes/formBodyLimit.js';
export { DEV_IDENTITIES, TOKEN_USAGE, issueDevToken, tokenCommand } from './identity/index.js';
export type { Principal } from './identity/index.js';
