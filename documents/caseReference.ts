/**
 * The Aktenzeichen of a case: the procedure's first four letters, the year the case was
 * opened and the start of its id (`GEWE-2026-1A2B3C4D`) — stable for the case's life and
 * unique enough to find it; an installation with its own file plan maps it there.
 */
export function caseReference(procedure: string, caseId: string, openedAt: Date): string {
  const prefix = procedure.replace(/[^a-z]/g, '').slice(0, 4).toUpperCase();
  return `${prefix}-${openedAt.getUTCFullYear()}-${caseId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}
