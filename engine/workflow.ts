/**
 * The part of the engine that workflow code runs (workflows/ imports only this, and types). Each
 * case evaluates every module its workflow imports when it starts (the worker keeps one module
 * cache per workflow), so this leaves out what only validation, the CLI, the designer or the
 * workers use — the definition meta-schema, effect-param schemas (TypeBox), path generation,
 * template rendering (issue 14, `npm run bench:cases`).
 */
export { acceptedEvents, checkEvent, persistCase, restoreCase, startCase, transitionCase } from './transition.js';
export { approveEvent } from './approveEvent.js';
export { caseDataCategories, categorizeData } from './categorizeData.js';
export { createCaseMachine } from './createCaseMachine.js';
export { deadlineEnd } from './legalDeadline.js';
export { parseDuration } from './duration.js';
export { effectTemplate } from './templates/effectTemplate.js';
export { validateForm } from './validateForm.js';
