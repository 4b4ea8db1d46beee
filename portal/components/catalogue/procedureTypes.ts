import type { ProcedureConfig } from '../../../engine/index.js';

/** A procedure as `GET /api/procedures` lists it (no response schema yet, so typed here). */
export type ProcedureSummary = Pick<ProcedureConfig,
  'id' | 'version' | 'title' | 'description' | 'authority' | 'authorityTitle' | 'lifeSituations' | 'fee' | 'legalBasis' | 'leika' | 'assuranceLevel'>;
