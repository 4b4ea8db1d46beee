import { actionTexts } from './action.js';
import { appTexts } from './app.js';
import { assignmentTexts } from './assignment.js';
import { caseTexts } from './case.js';
import { deadlineTexts } from './deadline.js';
import { inboxTexts } from './inbox.js';
import { queueTexts } from './queue.js';
import { shortcutTexts } from './shortcuts.js';

const namespaces = { app: appTexts, queue: queueTexts, case: caseTexts, deadline: deadlineTexts, inbox: inboxTexts, assignment: assignmentTexts, shortcuts: shortcutTexts, action: actionTexts };

/** The workbench's texts by language and namespace (one file per area). */
export const workbenchTexts = {
  de: Object.fromEntries(Object.entries(namespaces).map(([ns, t]) => [ns, t.de])),
  en: Object.fromEntries(Object.entries(namespaces).map(([ns, t]) => [ns, t.en])),
};
