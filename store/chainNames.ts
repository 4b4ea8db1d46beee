/** Name of a case's audit trail in reports and checkpoints. */
export function auditChain(caseId: string): string {
  return `audit:${caseId}`;
}

/** Name of a citizen's access log in reports and checkpoints. */
export function accessChain(subject: string): string {
  return `access:${subject}`;
}
