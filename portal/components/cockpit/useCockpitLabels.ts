import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, localized, unwrap } from '../../../ui/index.js';
import { useMyData } from './cockpitApi.js';

type LocalText = { de?: string; en?: string } | string;

/** The parts of a published procedure the cockpit shows: its title and its data categories. */
interface ProcedureTexts {
  id: string;
  title: LocalText;
  dataCategories?: Record<string, { title?: LocalText }>;
}

/**
 * Names for what the API answers as ids: authorities (the cockpit's texts), data categories and
 * procedure titles (from the published definitions of the citizen's cases, `GET /api/procedures/:id`).
 * Unknown ids are shown as they are, so nothing the log holds is ever hidden.
 */
export function useCockpitLabels(enabled: boolean) {
  const { t, i18n } = useTranslation('cockpit');
  const holdings = useMyData(enabled);
  const procedureOfCase = new Map<string, string>();
  for (const a of holdings.data ?? []) for (const c of a.cases) procedureOfCase.set(c.case, c.procedure);
  const ids = [...new Set(procedureOfCase.values())].toSorted();
  const procedures = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['procedure', id], staleTime: 600_000,
      queryFn: async () => (await unwrap(api.GET('/api/procedures/{id}', { params: { path: { id } } }))) as unknown as ProcedureTexts,
    })),
  });
  const defs = procedures.flatMap((q) => (q.data ? [q.data] : []));
  const lang = i18n.language;
  return {
    /** True while the procedures' texts are still on their way (names would read as ids, categories as none). */
    loading: (enabled && holdings.isPending) || procedures.some((q) => q.isPending),
    authority: (id: string) => t(`authority.${id}`, { defaultValue: id }),
    category(id: string, procedure?: string): string {
      const own = defs.find((d) => d.id === procedure)?.dataCategories?.[id]?.title;
      const any = own ?? defs.find((d) => d.dataCategories?.[id]?.title)?.dataCategories?.[id]?.title;
      return any ? localized(any, lang) : t(`categories.${id}`, { defaultValue: id });
    },
    procedureTitle: (id: string) => {
      const def = defs.find((d) => d.id === id);
      return def ? localized(def.title, lang) : id;
    },
    procedureCategories: (id: string) => Object.keys(defs.find((d) => d.id === id)?.dataCategories ?? {}),
    procedureOfCase: (caseId: string) => procedureOfCase.get(caseId),
  };
}

/** The labels a cockpit section gets from `useCockpitLabels`. */
export type CockpitLabels = ReturnType<typeof useCockpitLabels>;
