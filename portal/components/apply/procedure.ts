import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../ui/index.js';
import type { ProcedureForm } from '../../../ui/index.js';

/** A localised text of a definition. */
export type Text = { de: string; en?: string };

/** A published procedure as GET /api/procedures/:id answers (the engine's ProcedureConfig; no response schema yet). */
export interface Procedure {
  id: string;
  version: number;
  title: Text;
  description?: Text;
  authority: string;
  /** The authority as citizens read it ("Gewerbeamt"). */
  authorityTitle?: Text;
  legalBasis?: string;
  assuranceLevel?: 'basic' | 'substantial' | 'high';
  roles: Record<string, { kind: 'citizen' | 'staff'; title?: Text }>;
  forms?: Record<string, ProcedureForm>;
  /** `keepData: false`: the event's data stays out of the case (a sealed bid), so no draft of it is kept either. */
  events: Record<string, { by: string[]; form?: string; title?: Text; keepData?: boolean }>;
}

/** A published procedure with its forms (public, no login). */
export function useProcedure(id: string | undefined) {
  return useQuery({
    queryKey: ['procedure', id],
    enabled: !!id,
    queryFn: async (): Promise<Procedure> => {
      const res = await fetch(`/api/procedures/${encodeURIComponent(id!)}`, { credentials: 'same-origin' });
      if (!res.ok) throw new ApiError(res.status, 'http-error', res.statusText);
      return (await res.json()) as Procedure;
    },
    staleTime: 5 * 60_000,
  });
}

/** The form an event of the procedure carries, or undefined. */
export function eventForm(procedure: Procedure, event: string): ProcedureForm | undefined {
  const formId = procedure.events[event]?.form;
  return formId ? procedure.forms?.[formId] : undefined;
}
