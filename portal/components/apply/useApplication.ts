import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, formPages, prepareForm, unwrap } from '../../../ui/index.js';
import type { FormPage, PreparedForm } from '../../../ui/index.js';
import { eventForm, useProcedure } from './procedure.js';
import type { Procedure } from './procedure.js';
import type { CaseView } from '../cases/caseTypes.js';

/** A saved draft (GET /api/cases/:id/draft). */
export interface Draft { event: string; data: Record<string, unknown>; savedAt: string }

/** Everything the application pages need about one case. */
export interface Application {
  view: CaseView;
  procedure: Procedure;
  /** The event the citizen fills in now (the first accepted one of a citizen role with a form), if any. */
  event?: string;
  form?: PreparedForm;
  /** The pages of a long form; undefined for a short one. */
  pages?: FormPage[];
  draft?: Draft;
}

/** The citizen's event: accepted now, fired by a citizen role, carrying a form. */
export function citizenEvent(view: CaseView, procedure: Procedure): string | undefined {
  const citizenRoles = Object.entries(procedure.roles).filter(([, r]) => r.kind === 'citizen').map(([name]) => name);
  return view.accepts.find((a) => a.by.some((r) => citizenRoles.includes(r)) && eventForm(procedure, a.type))?.type;
}

/** Loads case view, procedure and draft of an application; the form is prepared in the page's language. */
export function useApplication(caseId: string | undefined) {
  const { i18n } = useTranslation('apply');
  const view = useQuery({
    queryKey: ['case', caseId],
    enabled: !!caseId,
    queryFn: () => unwrap(api.GET('/api/cases/{id}', { params: { path: { id: caseId! }, query: {} } })),
  });
  const procedure = useProcedure(view.data?.procedure);
  const draft = useQuery({
    queryKey: ['draft', caseId],
    enabled: !!caseId,
    queryFn: async (): Promise<Draft | null> => {
      const res = await fetch(`/api/cases/${caseId}/draft`, { credentials: 'same-origin' });
      return res.ok ? ((await res.json()) as Draft) : null;
    },
    staleTime: Infinity,
  });
  const error = view.error ?? procedure.error ?? draft.error;
  if (!view.data || !procedure.data || draft.isPending) return { error };
  const event = citizenEvent(view.data, procedure.data);
  const raw = event ? eventForm(procedure.data, event) : undefined;
  const form = raw ? prepareForm(raw, i18n.language) : undefined;
  const app: Application = {
    view: view.data, procedure: procedure.data, event, form, pages: form ? formPages(form) : undefined,
    draft: draft.data && draft.data.event === event ? draft.data : undefined,
  };
  return { app, error };
}
