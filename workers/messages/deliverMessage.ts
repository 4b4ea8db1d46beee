import { deliverNotice } from '../effects/deliver.js';
import { authorityName } from '../effects/EffectInput.js';
import type { EffectDeps } from '../effects/EffectInput.js';
import type { MessageDelivery } from './MessageInput.js';
import { messageKey } from './recordMessage.js';

/**
 * Tells the recipients of a message that it is there: a notice in the portal inbox (a
 * citizen's, or the authority's `authority:<id>` inbox) and a mail when the recipient chose
 * mail — never the text itself. Idempotent per message and recipient (see deliverNotice).
 */
export async function deliverMessage(delivery: MessageDelivery, deps: EffectDeps): Promise<void> {
  const key = messageKey(delivery.caseId, delivery.messageId);
  const authority = authorityName(deps, delivery.authority);
  for (const recipient of new Set(delivery.recipients)) {
    await deliverNotice(deps, {
      key: `${key}:${recipient}`, recipient, caseId: delivery.caseId, template: 'message',
      values: { procedureTitle: delivery.title, caseId: delivery.caseId, receivedAt: delivery.sentAt, sender: delivery.from, authority },
    });
  }
}
