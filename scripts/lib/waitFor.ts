import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Retries `probe` until it resolves, or fails after `timeoutMs` with the last error.
 * `fatal` stops early (e.g. the process being waited for has exited).
 */
export async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T>, fatal?: () => boolean): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      return await probe();
    } catch (err) {
      lastError = err;
    }
    if (fatal?.() || Date.now() > deadline) {
      const reason = lastError instanceof Error ? lastError.message : String(lastError);
      throw new Error(`${what} did not come up within ${timeoutMs / 1000} s: ${reason}`);
    }
    await sleep(200);
  }
}
