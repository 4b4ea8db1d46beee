import { ApplicationFailure } from '@temporalio/common';
import { checkEffectParams } from '../../engine/index.js';
import type { EffectType } from '../../engine/index.js';
import { audit } from './audit.js';
import { createEFile, fileSubmission } from './eFile.js';
import type { EffectDeps, EffectHandler, RunEffectInput } from './EffectInput.js';
import { EFFECT_MISCONFIGURED, misconfigured } from './misconfigured.js';
import { notify } from './notify.js';
import { receipt } from './receipt.js';
import { renderDecision, sign } from './decision.js';
import { requestConsent } from './requestConsent.js';
import { openSealed } from './sealedDocuments.js';

/** The implementation of every built-in effect type, each typed to its own params. */
const effectHandlers: { [K in EffectType]: EffectHandler<K> } = {
  receipt, createEFile, fileDocument: fileSubmission, renderDocument: renderDecision, sign, notify, requestConsent, openSealed,
};

/**
 * Runs the handler of an effect's type after checking its params against the type's schema:
 * a definition started without validation (any client of the cluster can start one) gets a
 * misconfiguration failure, never a handler that reads params its types do not allow.
 */
export async function runEffectHandler(input: RunEffectInput, deps: EffectDeps): Promise<unknown> {
  const problems = checkEffectParams(input.effect);
  if (problems.length) throw misconfigured(problems.map((p) => `${p.path}: ${p.message.en}`).join('; '));
  // The check above makes the effect's params those of its type: the handler of that type may run.
  const handler = effectHandlers[input.effect.type] as EffectHandler;
  return handler(input, deps);
}

/** Whether an error is an effect's misconfiguration (not retried; the case records it and goes on). */
export function isMisconfigured(err: unknown): err is ApplicationFailure {
  return err instanceof ApplicationFailure && err.type === EFFECT_MISCONFIGURED;
}

/**
 * Records in the case's audit trail (once per effect) that an effect failed for good, so that
 * the Akte, its export and the clerk see it — not only the case view's `failures`.
 */
export async function recordEffectFailure(input: RunEffectInput, deps: EffectDeps, message: string): Promise<void> {
  await audit(deps.store, input.caseId, `${input.key}:failed`, {
    at: input.trigger.at, actor: 'system', action: 'effect.failed', details: { effect: input.effect.type, key: input.key, message },
  });
}
export type { EffectDeps, EffectHandler, MailSender, RunEffectInput, Trigger } from './EffectInput.js';
export { audit, auditLink } from './audit.js';
export { EFFECT_MISCONFIGURED, misconfigured } from './misconfigured.js';
export { MAIL_LEASE_SECONDS, MailBeingSent, deliverNotice } from './deliver.js';
export type { Notice } from './deliver.js';
