/**
 * Workflows of Amtsweg and their contract (updates, queries, input and view types). This file
 * is also the worker's `workflowsPath`: every exported function is a workflow type.
 */
export { caseWorkflow } from './caseWorkflow.js';
export { EVENT_REJECTED, caseData, extendDeadline, joinCase, postMessage, previewEvent, sendEvent, view } from './contract.js';
export type {
  CarriedState, CaseView, EventAck, JoinCaseInput, EffectFailure, Party, QueuedWork, RejectionDetails, CaseWorkflowInput, HistoryEntry, PendingDeadline, QueuedEffect, SendEventInput,
  MessageAttachmentRef, PostMessageInput, DeadlineExtension, ExtendDeadlineInput, PreviewEventAnswer, PreviewEventInput,
} from './contract.js';
export { SEARCH_ATTRIBUTES_AT_START, searchAttributeKeys, searchAttributesOf, startSearchAttributes, stateKeyword } from './searchAttributes.js';
