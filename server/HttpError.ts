/** An error meant for the client: status, stable code, message, optional details. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HttpError';
  }
}

/** The one JSON error shape of the API. */
export interface ErrorBody {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}
