import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

/** The JSON error every API route answers with (server/HttpError.ts). */
export interface ApiErrorBody {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** A failed API call: HTTP status, the server's error code and message, and its details. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The typed API client of every UI (types generated from the server's OpenAPI document, see
 * `npm run api:types`). Same origin, session cookie; the UIs never see a token.
 */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '', credentials: 'same-origin' });

/**
 * The session's CSRF token (readable cookie `amtsweg_csrf`) as the `X-CSRF-Token` header the
 * server wants on every cookie-authenticated POST, PUT and DELETE; empty when logged out.
 */
export function csrfHeaders(): Record<string, string> {
  const token = /(?:^|;\s*)amtsweg_csrf=([^;]*)/.exec(globalThis.document?.cookie ?? '')?.[1];
  return token ? { 'X-CSRF-Token': decodeURIComponent(token) } : {};
}

api.use({
  onRequest({ request }) {
    if (request.method === 'GET' || request.method === 'HEAD') return undefined;
    for (const [name, value] of Object.entries(csrfHeaders())) request.headers.set(name, value);
    return request;
  },
});

/** The data of an openapi-fetch answer, or an ApiError carrying the server's error body. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = (error ?? {}) as Partial<ApiErrorBody>;
  throw new ApiError(response.status, body.code ?? 'http-error', body.message ?? response.statusText, body.details);
}

/** A fresh Idempotency-Key for one user action (a retry of the same action reuses it). */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
