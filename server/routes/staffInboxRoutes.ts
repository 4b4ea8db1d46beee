import type { AppDeps } from '../AppDeps.js';
import { defineRoute } from '../http/RouteSpec.js';
import { arrayOf, staffInboxMessage } from './responses.js';

/** How many notices the staff inbox shows: the newest. */
const INBOX_MAX = 200;

/** The clerk's inbox: notices to them and to their authority (what the workflow addresses to a staff role). */
export function staffInboxRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get', path: '/api/inbox', tag: 'workbench', access: 'staff',
      summary: `My inbox as staff: notices to me and to my authority (new cases, messages, statements asked), newest first, at most ${INBOX_MAX}`,
      response: arrayOf(staffInboxMessage),
      async handler({ principal }) {
        const group = `authority:${principal!.authority ?? '-'}`;
        return (await deps.store.inboxOf([principal!.sub, group], INBOX_MAX)).map(({ id, caseId, template, subject, body, documentId, createdAt, recipient }) =>
          ({ id, caseId, kind: template, template, subject, body, documentId, createdAt, to: recipient === group ? 'authority' : 'me' }));
      },
    }),
  ];
}
