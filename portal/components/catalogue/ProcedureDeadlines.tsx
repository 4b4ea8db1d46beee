import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../../engine/index.js';
import { formatDuration, procedureDeadlines, stateTitle } from './procedureFacts.js';

/** The deadlines of a procedure (the statechart's `after`), each as "3 Monate: what happens then". */
export function ProcedureDeadlines({ def }: { def: ProcedureConfig }) {
  const { t, i18n } = useTranslation('catalogue');
  const deadlines = procedureDeadlines(def);
  return (
    <section className="app-section" aria-labelledby="deadlines-title">
      <h2 className="kern-heading-medium" id="deadlines-title">{t('procedure.deadlinesTitle')}</h2>
      {deadlines.length === 0 ? <p className="kern-body">{t('procedure.noDeadline')}</p> : (
        <ul className="kern-list kern-list--bullet">
          {deadlines.map((d) => {
            const duration = formatDuration(d.delay, i18n.language);
            const state = stateTitle(def, d.state, i18n.language);
            return <li key={`${d.state}-${d.delay}`}>{d.description ? t('procedure.deadlineItem', { duration, description: d.description }) : t('procedure.deadlineItemPlain', { duration, state })}</li>;
          })}
        </ul>
      )}
    </section>
  );
}
