/** Who a person was, once the personal data is deleted: the view's shape stays, the identity goes. */
const DELETED_PERSON = 'deleted';

/** A person in a view (actor, party, approver): only the role is kept once the personal data is deleted. */
const roleOnly = (p: unknown) => ({ id: DELETED_PERSON, role: String((p as { role?: unknown } | undefined)?.role ?? '') });

/**
 * The final view of a closed case without personal data: parties, actors and approvers keep their
 * role, not who they were; the procedural record (states, events, times, failures) stays.
 * Pure; the input is the view as kept (JSON of workflows' CaseView).
 */
export function redactView(view: Record<string, unknown>): Record<string, unknown> {
  const history = Array.isArray(view.history) ? view.history as Record<string, unknown>[] : [];
  return {
    ...view,
    parties: (Array.isArray(view.parties) ? view.parties : []).map(roleOnly),
    history: history.map(({ actor, approvedBy, ...entry }) => ({
      ...entry,
      ...(actor ? { actor: roleOnly(actor) } : {}),
      ...(Array.isArray(approvedBy) ? { approvedBy: approvedBy.map(roleOnly) } : {}),
    })),
    approvals: [],
    personalDataDeleted: true,
  };
}
