import { ApiError, csrfHeaders } from '../../ui/index.js';
import type { ApiErrorBody } from '../../ui/index.js';

/**
 * A JSON call to a route the generated client does not know yet (the workbench routes of the
 * `workbench-api` branch): same origin, session cookie, CSRF header on writes; an error answer
 * becomes an ApiError with the server's code.
 */
export async function callJson<T>(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(path, {
    method, credentials: 'same-origin',
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(method === 'GET' ? {} : csrfHeaders()), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const err = (json ?? {}) as Partial<ApiErrorBody>;
    throw new ApiError(res.status, err.code ?? 'http-error', err.message ?? res.statusText, err.details);
  }
  return json as T;
}
