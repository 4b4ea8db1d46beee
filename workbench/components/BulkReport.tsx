import { useTranslation } from 'react-i18next';
import { useFocusWhenShown } from '../../ui/index.js';
import type { BulkResult } from '../api/assignment.js';
import { shortRef } from './caseFacts.js';

/** Failure codes with a reason in words of their own; others name their code. */
const KNOWN = new Set(['not-own-authority', 'case-not-found', 'assignee-not-colleague']);

/** The outcome of one bulk action: the per-case results, or the request's own failure. */
export type BulkOutcome = { assignee: string | null; who: string; results: BulkResult[] } | { failed: string };

/**
 * What a bulk assignment did, in words: all done, or which cases failed and why. Takes focus
 * when it appears, so a screen-reader user hears the result where they are.
 */
export function BulkReport({ outcome }: { outcome: BulkOutcome }) {
  const { t } = useTranslation('assignment');
  const ref = useFocusWhenShown<HTMLDivElement>(outcome);
  if ('failed' in outcome) {
    return (
      <div className="kern-alert kern-alert--danger wb-report" role="alert" tabIndex={-1} ref={ref} data-testid="bulk-report">
        <div className="kern-alert__header"><h2 className="kern-title">{t('report.title')}</h2></div>
        <div className="kern-alert__body"><p className="kern-body">{t('report.requestFailed', { message: outcome.failed })}</p></div>
      </div>
    );
  }
  const failed = outcome.results.filter((r) => !r.ok);
  const count = outcome.results.length;
  const done = count - failed.length;
  const summary = !failed.length
    ? outcome.assignee ? t('report.allDone', { count, who: outcome.who }) : t('report.released', { count })
    : done ? t('report.partial', { done, count, failed: failed.length }) : t('report.failedAll', { count });
  return (
    <div className={`kern-alert ${failed.length ? 'kern-alert--warning' : 'kern-alert--success'} wb-report`} tabIndex={-1} ref={ref} data-testid="bulk-report">
      <div className="kern-alert__header"><h2 className="kern-title">{t('report.title')}</h2></div>
      <div className="kern-alert__body">
        <p className="kern-body">{summary}</p>
        {failed.length ? (
          <ul className="kern-body">
            {failed.map((r) => <li key={r.caseId}>{t('report.failedItem', { ref: shortRef(r.caseId), reason: KNOWN.has(r.error ?? '') ? t(`report.reasons.${r.error}`) : t('report.reasons.other', { code: r.error ?? r.status }) })}</li>)}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

