import { ApiError, csrfHeaders } from '../../ui/index.js';
import type { ApiErrorBody } from '../../ui/index.js';

/** An answer: its JSON body and headers (the ETag of a draft). */
export interface JsonAnswer<T> {
  body: T;
  headers: Headers;
}

/**
 * A JSON call to the definitions API: same origin, session cookie, CSRF header on writes; an error answer becomes an ApiError with the server's code and details.
 */
export async function callJson<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer<T>> {
  const res = await fetch(path, {
    method, credentials: 'same-origin',
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(method === 'GET' ? {} : csrfHeaders()), ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const err = (json ?? {}) as Partial<ApiErrorBody>;
    throw new ApiError(res.status, err.code ?? 'http-error', err.message ?? res.statusText, err.details as Record<string, unknown> | undefined);
  }
  return { body: json as T, headers: res.headers };
}
