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

/** The handler's input: the request and what the route's `authorize` returned. */
export interface AuthorizedInput<B = unknown, A = undefined> extends RouteInput<B> {
  authorized: A;
}

/**
 * One route of the API, declared as data: the same declaration drives access control,
 * request validation and the OpenAPI document, so the three cannot drift apart.
 */
export interface RouteSpec<B = unknown, A = undefined> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Koa-router path, e.g. `/api/cases/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /** Kinds of path parameter, checked before the handler runs (404 when malformed). */
  params?: Record<string, 'uuid' | 'id' | 'timer' | 'event'>;
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
  /**
   * Checks on the object (the case, the consent) that every answer needs — the first and one
   * replayed for the same `Idempotency-Key` alike — and the access-log entry of a staff read.
   * Runs before the handler and before a replay; its result reaches the handler as `authorized`.
   */
  authorize?(input: RouteInput<B>): Promise<A>;
  handler(input: AuthorizedInput<B, A>): Promise<unknown>;
}

/** Declares a route (identity function that fixes the body and `authorize` types). */
export function defineRoute<B = unknown, A = undefined>(spec: RouteSpec<B, A>): RouteSpec<B, A> {
  return spec;
}
