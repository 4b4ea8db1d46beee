import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../../engine/index.js';
import { localized } from '../../../ui/index.js';
import { formatDuration } from '../catalogue/procedureFacts.js';
import { parseDeadlineEvent, stateName } from './caseFacts.js';
import type { CaseView } from './caseTypes.js';
import { formatDateTime } from './formatDate.js';

/** The case's history, oldest first: what happened, when, by which role, and the step it led to. */
export function CaseTimeline({ def, view }: { def: ProcedureConfig; view: CaseView }) {
  const { t, i18n } = useTranslation('cases');
  const text = (v: { de: string; en: string } | undefined) => localized(v, i18n.language);
  const what = (type: string) => {
    const lapsed = parseDeadlineEvent(type, def.id);
    if (lapsed) return t('case.lapsedEvent', { duration: formatDuration(lapsed.delay, i18n.language) });
    return text(def.events[type]?.title) || type;
  };
  return (
    <section className="app-section" aria-labelledby="case-history">
      <h2 className="kern-heading-medium" id="case-history">{t('case.historyTitle')}</h2>
      <ol className="app-timeline">
        {view.history.map((e) => {
          const role = e.actor ? text(def.roles[e.actor.role]?.title) || e.actor.role : undefined;
          return (
            <li key={e.seq}>
              <p className="kern-body kern-body--bold">{what(e.type)}</p>
              <p className="kern-body kern-body--small">
                <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
                {role ? ` · ${t('case.by', { role })}` : ''} · {t('case.to', { state: stateName(e.to, def, i18n.language) })}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
