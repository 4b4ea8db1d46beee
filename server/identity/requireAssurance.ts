import { HttpError } from '../HttpError.js';
import type { Assurance, Principal } from './Principal.js';

const RANK: Record<Assurance, number> = { basic: 0, substantial: 1, high: 2 };

/**
 * Throws 403 `assurance-too-low` (details: required, actual) unless the principal logged in at
 * `level` or higher, e.g. `high` where a procedure replaces the written form (§ 3a VwVfG).
 */
export function requireAssurance(principal: Principal, level: Assurance): void {
  if (RANK[principal.assurance] >= RANK[level]) return;
  throw new HttpError(403, 'assurance-too-low',
    `This needs assurance level "${level}", the login has "${principal.assurance}" / Dafür ist das Vertrauensniveau „${level}“ nötig, die Anmeldung hat „${principal.assurance}“`,
    { required: level, actual: principal.assurance });
}
