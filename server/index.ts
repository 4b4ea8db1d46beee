/** The HTTP API (Koa). */
export { createApp } from './createApp.js';
export type { AppDeps } from './AppDeps.js';
export { HttpError } from './HttpError.js';
export type { ErrorBody } from './HttpError.js';
