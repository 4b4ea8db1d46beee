import type { EffectType } from '../../engine/index.js';
import { createEFile, fileSubmission } from './eFile.js';
import type { EffectHandler } from './EffectInput.js';
import { notify } from './notify.js';
import { receipt } from './receipt.js';
import { renderDecision, sign } from './decision.js';
import { requestConsent } from './requestConsent.js';
import { openSealed } from './sealedDocuments.js';

/** The implementation of every built-in effect type. */
export const effectHandlers: Record<EffectType, EffectHandler> = {
  receipt, createEFile, fileDocument: fileSubmission, renderDocument: renderDecision, sign, notify, requestConsent, openSealed,
};
export type { EffectDeps, EffectHandler, MailSender, RunEffectInput, Trigger } from './EffectInput.js';
export { audit, auditLink } from './audit.js';
export { EFFECT_MISCONFIGURED, misconfigured } from './misconfigured.js';
