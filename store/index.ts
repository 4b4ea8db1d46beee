/** Persistence: MikroORM entities, migrations and the store port. The only SQL of Amtsweg. */
export { openStore } from './openStore.js';
export { migrateSchema } from './migrateSchema.js';
export { toAuditEntry } from './toAuditEntry.js';
export type { EffectAuditAlong, OpenedDocument, Store, StoreOptions } from './openStore.js';
export type { Assignment } from './assignment.js';
export type { ConsentLimit, TransparencyRepo } from './transparencyRepo.js';
export type { CaseDeadlineDue, CaseFilter, CaseListItem, CaseListRepo, CaseSort } from './caseListRepo.js';
export { accessEntryHash } from './transparencyRepo.js';
export type { SessionRecord, SessionRepo } from './sessionRepo.js';
export type {
  AccessLogRecord, DefinitionVersionRecord, IdempotencyRecord, AuditRecord, CaseRecord, ConsentRecord, DocumentRecord, DocumentSeal, EffectRecord, InboxRecord, MailRecord, Party,
  PreferenceRecord, PrintJobRecord,
} from './entities.js';
export { defaultPreference } from './defaultPreference.js';
export { verifyChains } from './verifyChains.js';
export type { ChainReport } from './verifyChains.js';
export type { MessageAttachment, MessageRecord, MessageRepo } from './messageRepo.js';
export type { DraftRecord, DraftRepo } from './draftRepo.js';
export type { FormFileRepo } from './formFileRepo.js';
export type { SavedFilterRepo } from './savedFilterRepo.js';
export type { LayoutRecord, LayoutRepo } from './layoutRepo.js';
export type { OidcRepo, OidcStoredPayload } from './oidcRepo.js';
export type { MailClaim, MailOutboxRepo, NewMail } from './mailOutboxRepo.js';
export type { ClosedCaseRecord, ClosedCaseRepo, NewClosedCase, PersonalDataDeletion } from './closedCaseRepo.js';
export { enforceRetention } from './retention/enforceRetention.js';
export type { RetentionOptions, RetentionReport } from './retention/enforceRetention.js';
