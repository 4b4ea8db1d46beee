import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import type { CaseView } from '../api/caseReads.js';
import { formatDate } from './caseFacts.js';
import { DeadlineWords } from './DeadlineWords.js';

/** The running deadlines of the case: when each ends, in words, and what happens then. */
export function CaseDeadlines({ def, view }: { def: ProcedureConfig; view: CaseView }) {
  const { t, i18n } = useTranslation('case');
  return (
    <section className="app-section" aria-labelledby="case-deadlines">
      <h2 className="kern-heading-medium" id="case-deadlines">{t('sections.deadlines')}</h2>
      {view.deadlines.length === 0 ? <p className="kern-body">{t('deadlines.none')}</p> : (
        <ul className="kern-list">
          {view.deadlines.map((d) => (
            <li key={d.id} className="kern-body">
              {t('deadlines.ends', { date: formatDate(d.dueAt, i18n.language) })} – <DeadlineWords dueAt={d.dueAt} />
              {def.events[d.event.type] ? ` · ${t('deadlines.event', { event: localized(def.events[d.event.type]?.title, i18n.language) })}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
