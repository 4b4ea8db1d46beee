import { WorkflowNotFoundError } from '@temporalio/client';
import { caseData, view } from '../../workflows/index.js';
import type { CaseView } from '../../workflows/index.js';
import type { AppDeps } from '../AppDeps.js';
import { HttpError } from '../HttpError.js';

/** A case whose workflow is gone and which PostgreSQL does not keep either (closed before cases were kept). */
const archived = () => new HttpError(410, 'case-archived', 'The case is closed and its history is no longer held by the engine');

/** Whether Temporal no longer knows the workflow (its namespace retention has passed, or it was deleted). */
export const workflowGone = (err: unknown) => err instanceof WorkflowNotFoundError;

/**
 * The case as its workflow shows it; once the workflow is gone, the final view PostgreSQL kept
 * when the case closed (closed_case). 410 only for a case closed before cases were kept.
 */
export async function caseView(deps: AppDeps, caseId: string): Promise<CaseView> {
  try {
    return await deps.temporal.client.workflow.getHandle(caseId).query(view);
  } catch (err) {
    if (!workflowGone(err)) throw err;
    const kept = await deps.store.closedCase(caseId);
    if (!kept) throw archived();
    return kept.view as unknown as CaseView;
  }
}

/**
 * The case's form data from its workflow, or as kept when it closed; 410 `personal-data-deleted`
 * once the definition's retention has run and the data was deleted.
 */
export async function caseFormData(deps: AppDeps, caseId: string): Promise<Record<string, Record<string, unknown>>> {
  try {
    return await deps.temporal.client.workflow.getHandle(caseId).query(caseData);
  } catch (err) {
    if (!workflowGone(err)) throw err;
    const kept = await deps.store.closedCase(caseId);
    if (!kept) throw archived();
    if (!kept.data) {
      throw new HttpError(410, 'personal-data-deleted', `The personal data of this case was deleted on ${kept.personalDataDeletedAt?.toISOString()} after its retention (${kept.retention})`);
    }
    return kept.data as Record<string, Record<string, unknown>>;
  }
}
