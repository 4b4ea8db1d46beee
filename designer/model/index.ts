// The designer's editing model: pure edits on a definition as plain JSON, with undo and redo.
export { isObject, objectAt, serializeDefinition } from './json.js';
export type { JsonObject } from './json.js';
export { findState, listStates, nameOf, parentOf, resolveTarget, targetText } from './stateTree.js';
export type { StateNode } from './stateTree.js';
export { listTransitions, transitionPointer } from './transitions.js';
export type { TransitionRef, TransitionRow, Trigger } from './transitions.js';
export { STATE_NAME, addState, deleteState, pasteState, renameState, reparentState, setInitial, setStateTitle, setStateType } from './stateOps.js';
export { addTransition, deleteTransition, moveAlternative, setGuard, setTarget, setTrigger } from './transitionOps.js';
export { EVENT_NAME, SIGNATURES, addEvent, deleteEvent, isQuorum, updateEvent } from './eventOps.js';
export type { Signature } from './eventOps.js';
export { UNDO_LIMIT, applyEdit, redo, startHistory, undo } from './history.js';
export type { EditHistory } from './history.js';
export { procedureSkeleton } from './skeleton.js';
export { durationWords } from './durationWords.js';
export { pointerTarget } from './pointerTarget.js';
export type { PointerTarget } from './pointerTarget.js';
export { SETTINGS, setSetting } from './settingOps.js';
export {
  FIELD_KEYWORDS, FORM_NAME, addField, addForm, deleteField, deleteForm, moveField, renameField, renameForm, setChoices, setExamples, setFieldKeyword,
  fieldKeyFor, setFieldText, setFormPublic, setFormTitle, setRequired,
} from './formOps.js';
export { FIELD_KINDS, fieldKind, fieldSchema, sampleObject, sampleValue } from './fieldKinds.js';
export type { FieldKind } from './fieldKinds.js';
export { AUTHORITY_ID, ROLE_NAME, addRole, deleteRole, updateRole } from './roleOps.js';
export type { RoleKind } from './roleOps.js';
export { CATEGORY_NAME, addCategory, deleteCategory, setCategoryTitle, setConsentRequired } from './categoryOps.js';
export { addEffect, listEffects, moveEffect, removeEffect, setEffectParams } from './effectOps.js';
export type { EffectPlace } from './effectOps.js';
export {
  DOCUMENT_KINDS, DOCUMENT_PARTS, NOTIFICATION_PARTS, TEMPLATE_NAME, addDocument, addNotification, deleteDocument, deleteNotification,
  setDocumentKind, setDocumentText, setNotificationText,
} from './templateOps.js';
export type { DocumentKind, DocumentPart, NotificationPart } from './templateOps.js';
export { RECIPIENT_NAME, addRecipient, deleteRecipient, updateRecipient } from './recipientOps.js';
export { CONSENT_PURPOSE_ID, addConsentPurpose, deleteConsentPurpose, setConsentPurposeTitle } from './consentPurposeOps.js';
export {
  MAX_LIFE_SITUATIONS, addLifeSituation, lifeSituationClash, listLifeSituations, moveLifeSituation, removeLifeSituation, setLifeSituation,
} from './lifeSituationOps.js';
