import type { Context } from 'koa';
import type { Principal } from '../identity/index.js';

export type { Principal } from '../identity/index.js';

/** Who may call a route. `any` = any logged-in principal; `public` = also anonymous. */
export type Access = 'public' | 'any' | 'citizen' | 'staff' | 'designer';


/** A JSON Schema (2020-12) as plain data. */
export type JsonSchema = Record<string, unknown>;

/** The request a handler gets: principal (when required), validated params, query and body. */
export interface RouteInput<B = unknown> {
  ctx: Context;
  principal: Principal | undefined;
  params: Record<string, string>;
  query: Record<string, string>;
  body: B;
}

/**
 * One route of the API, declared as data: the same declaration drives access control,
 * request validation and the OpenAPI document, so the three cannot drift apart.
 */
export interface RouteSpec<B = unknown> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Koa-router path, e.g. `/api/cases/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** Kinds of path parameter, checked before the handler runs (404 when malformed). */
  params?: Record<string, 'uuid' | 'id'>;
  query?: JsonSchema;
  body?: JsonSchema;
  /** Response body schema for 200/201. */
  response?: JsonSchema;
  /** Status of a successful answer (default 200). */
  status?: number;
  /** Accepts an `Idempotency-Key` header (POST). */
  idempotent?: boolean;
  /** Non-JSON answers (downloads). */
  produces?: string;
  handler(input: RouteInput<B>): Promise<unknown>;
}

/** Declares a route (identity function that fixes the body type). */
export function defineRoute<B = unknown>(spec: RouteSpec<B>): RouteSpec<B> {
  return spec;
}
