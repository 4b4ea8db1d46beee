import { ApplicationFailure } from '@temporalio/common';

/** Failure type of an effect that cannot succeed however often it is retried. */
export const EFFECT_MISCONFIGURED = 'EffectMisconfigured';

/**
 * An effect the definition set up so that it cannot work (a seal without a rendered document,
 * a consent request with nobody to ask): not retried; the case records it and goes on.
 */
export function misconfigured(message: string): ApplicationFailure {
  return ApplicationFailure.create({ type: EFFECT_MISCONFIGURED, message, nonRetryable: true });
}
