import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../../engine/index.js';
import { formatDuration } from '../catalogue/procedureFacts.js';
import { caseDeadlines } from './caseFacts.js';
import type { CaseView } from './caseTypes.js';
import { DeadlineText } from './DeadlineText.js';
import { formatDate, formatDeadlineEnd } from './formatDate.js';

/** The case's deadlines, running first, each with its meaning, whether it was met, and an extension with its reason. */
export function CaseDeadlines({ def, view }: { def: ProcedureConfig; view: CaseView }) {
  const { t, i18n } = useTranslation('cases');
  const now = new Date();
  const deadlines = caseDeadlines(def, view).sort((a, b) => Number(b.outcome === 'running') - Number(a.outcome === 'running'));
  return (
    <section className="app-section" aria-labelledby="case-deadlines">
      <h2 className="kern-heading-medium" id="case-deadlines">{t('case.deadlinesTitle')}</h2>
      {deadlines.length === 0 ? <p className="kern-body">{t('deadline.none')}</p> : (
        <ul className="kern-list kern-list--bullet">
          {deadlines.map((d) => (
            <li key={`${d.state}-${d.dueAt}`}>
              <DeadlineText deadline={d} now={now} />
              <br />
              <span className="kern-body--small">{formatDuration(d.delay, i18n.language)}{d.description ? `: ${d.description}` : ''}</span>
              {d.extended ? (
                <>
                  <br />
                  <span className="kern-body--small" data-testid="deadline-extended">
                    {t('deadline.extended', { at: formatDate(d.extended.at, i18n.language), previous: formatDeadlineEnd(d.extended.previousDueAt, i18n.language).date, reason: d.extended.reason })}
                  </span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
