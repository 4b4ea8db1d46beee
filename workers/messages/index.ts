// Messages between citizen and authority on a case: the activities behind the workflow Update `postMessage`.
export { deliverMessage } from './deliverMessage.js';
export { messageKey, recordMessage } from './recordMessage.js';
export type { MessageDelivery, MessageSender, RecordMessageInput, SentMessage } from './MessageInput.js';
