import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import type { CaseView } from '../api/caseReads.js';
import { useCaseHistory, useColleagues } from '../api/caseReads.js';
import { historyTimeline } from './historyTimeline.js';
import { useCatalogue } from './useProcedures.js';
import { HistoryItem } from './HistoryItem.js';

/**
 * The case's history, oldest first: the workflow's steps, assignments, deadline extensions,
 * messages, consent requests — and who read the case's data, for which purpose (the reads the
 * citizen sees in her access log). Until the audit trail answers, the steps alone.
 */
export function CaseHistory({ def, view, purpose }: { def: ProcedureConfig; view: CaseView; purpose: string }) {
  const { t, i18n } = useTranslation('case');
  // Each extension the view shows must be in the trail; until it is, the trail is fetched again.
  const extended = view.deadlines.filter((d) => d.extended);
  const trail = useCaseHistory(view.id, purpose, view.seq, ({ audit }) => extended.some((d) => !audit.some((a) => {
    const details = a.details as { deadline?: string; until?: string } | undefined;
    return a.action === 'deadline.extended' && details?.deadline === d.id && details.until === d.dueAt;
  })));
  const names = new Map((useColleagues().data ?? []).map((c) => [c.sub, c.name]));
  const authorities = new Map((useCatalogue().data ?? []).flatMap((p) => (p.authorityTitle ? [[p.authority, localized(p.authorityTitle, i18n.language)] as const] : [])));
  const entries = historyTimeline(view.history, trail.data?.audit ?? [], trail.data?.reads ?? []);
  return (
    <section className="app-section" aria-labelledby="case-history">
      <h2 className="kern-heading-medium" id="case-history">{t('sections.history')}</h2>
      {trail.isError ? <p className="kern-body" role="alert">{t('history.trailFailed', { message: trail.error.message })}</p> : null}
      <ol className="wb-history" data-testid="case-history">
        {entries.map((e) => <HistoryItem key={`${e.kind}-${e.at}-${'seq' in e.entry ? e.entry.seq : ''}`} item={e} def={def} nameOf={(sub) => names.get(sub) ?? sub} authorityOf={(id) => authorities.get(id) || id} />)}
      </ol>
    </section>
  );
}
