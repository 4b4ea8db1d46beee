/** Worker processes and activities: the only place with side effects on behalf of a case. */
export { createActivities } from './activities.js';
export type { ActivityDeps, ApprovalRecord, CaseActivities, ExtensionRecord, JoinRecord, TransitionRecord } from './activities.js';
export type { RunEffectInput, Trigger } from './effects/index.js';
export type { CarriedEffectInput, EffectDataRefs } from './resolveFormFiles.js';
export { bundlerOptions, createCaseWorker, workflowsPath } from './createCaseWorker.js';
export type { CaseWorkerOptions } from './createCaseWorker.js';
export type { MessageDelivery, MessageSender, RecordMessageInput, SentMessage } from './messages/index.js';
export type { ClosedCaseInput } from './closedCases/recordClosedCase.js';
