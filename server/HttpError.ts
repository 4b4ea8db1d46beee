/** What an `HttpError` may carry besides its body: the cause (logged, never sent) and response headers (`Allow` on a 405). */
export interface HttpErrorOptions {
  cause?: unknown;
  headers?: Record<string, string>;
}

/** An error meant for the client: status, stable code, message, optional details and headers. */
export class HttpError extends Error {
  readonly headers: Record<string, string> | undefined;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    options?: HttpErrorOptions,
  ) {
    super(message, options);
    this.name = 'HttpError';
    this.headers = options?.headers;
  }
}

/** The one JSON error shape of the API. */
export interface ErrorBody {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}
