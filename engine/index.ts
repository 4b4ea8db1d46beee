/** Pure core of Amtsweg: procedure definitions and the case statechart. No I/O, no clock. */
export type {
  DataCategoryConfig, DocumentKind, DocumentTemplateConfig, EffectConfig, EffectParams, EffectType, EventConfig, FormConfig, GuardRule, LocalizedText,
  MachineConfig, NotificationTemplateConfig, ProcedureConfig, RoleConfig, StateConfig, TransitionConfig, TransitionsConfig,
} from './types.js';
export { DOCUMENT_KINDS, EFFECT_TYPES, KINDS_NEEDING_REMEDY } from './types.js';
export { EFFECT_PARAMS } from './effects/effectParams.js';
export { checkEffectParams } from './effects/effectParamIssues.js';
export { consentRole } from './effects/checkEffects.js';
export { durationMs, parseDuration } from './duration.js';
export type { Duration } from './duration.js';
export { GERMAN_STATES, berlinDate, deadlineEnd, readDeadlineEnd } from './legalDeadline.js';
export type { DeadlineCalendar, FristCalendar, GermanState } from './legalDeadline.js';
export { createCaseMachine } from './createCaseMachine.js';
export type { Actor, CaseContext, CaseEvent, CaseInfo, CaseMachineOptions } from './createCaseMachine.js';
export { acceptedEvents, checkEvent, persistCase, restoreCase, startCase, transitionCase } from './transition.js';
export type { Effect, EventRejection, Step, TimerStart } from './transition.js';
export { approveEvent } from './approveEvent.js';
export type { ApprovalResult, PendingApproval } from './approveEvent.js';
export type { DefinitionIssue } from './DefinitionIssue.js';
export { procedureSchema } from './procedureSchema.js';
export { resolveDefinition } from './resolveDefinition.js';
export type { ProcedureDefinition, StateInfo, TransitionInfo, Trigger } from './resolveDefinition.js';
export { LEAF_SIZE, placementsFromElk, toElkGraph, unplacedStates } from './statechartLayout.js';
export { placeNewStates } from './placeNewStates.js';
export type { NodePlacement, Placements } from './statechartLayout.js';
export { validateDefinition } from './validateDefinition.js';
export type { DefinitionResult } from './validateDefinition.js';
export { choiceSchema, fieldTexts, formFields } from './formTexts.js';
export type { FieldTexts, FormField } from './formTexts.js';
export { validateForm } from './validateForm.js';
export type { FormResult } from './validateForm.js';
export { GENERAL_CATEGORY, categoriesAt, categorizeData, caseDataCategories } from './categorizeData.js';
export type { CategoryMap } from './categorizeData.js';
export { pickCategories } from './pickCategories.js';
export { generatePaths } from './generatePaths.js';
export { leafGraph } from './leafGraph.js';
export { placedEffects } from './effects/placedEffects.js';
export type { LeafGraph } from './leafGraph.js';
export { passedStates } from './passedStates.js';
export type { CasePath, Coverage, PathOptions, PathReport, PathStep } from './generatePaths.js';
export { MESSAGE_LIMITS } from './messageLimits.js';
export { parseDataUrl, sniffMediaType } from './dataUrl.js';
export type { DataUrl } from './dataUrl.js';
export { FILE_REF_PREFIX, dataUrlOf, fileRefOf, parseFileRef, readFileValue } from './fileRef.js';
export type { FileRef, FileValue } from './fileRef.js';
export { UPLOAD_LIMITS, checkFile, checkFilesTotal, fileInfo, fileLimits, formatBytes, isFileField, mediaTypeNames } from './fileFields.js';
export type { FileLimits, FileProblem } from './fileFields.js';
export {
  BUILT_IN_NOTICES, effectTemplate, formShapes, renderTemplate, templateCategories, templateView,
} from './templates/index.js';
export type { EffectTemplate, FieldShape, FormShapes, TemplateLanguage, TemplateView, TemplateViewInput } from './templates/index.js';
export { diffDefinitions } from './diffDefinitions.js';
export type { DefinitionChange, DiffKind } from './diffDefinitions.js';
export { guardFields } from './guardFields.js';
export type { GuardField } from './guardFields.js';
export { SIMULATION_START, applyEntry, nextDeadline, startSimulation } from './simulation.js';
export { formSamples } from './formSamples.js';
export type { FormCheck } from './formSamples.js';
export type { PendingDeadline, ScenarioEntry, SimulatedStep, SimulationOutcome, SimulationRefusal, SimulationState, Simulator } from './simulation.js';
