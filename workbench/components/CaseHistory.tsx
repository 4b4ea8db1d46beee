import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import type { CaseView } from '../api/caseReads.js';
import { formatDateTime, stateName } from './caseFacts.js';

/** The case's history from the workflow, oldest first: what happened, when, by whom, the step after. */
export function CaseHistory({ def, view }: { def: ProcedureConfig; view: CaseView }) {
  const { t, i18n } = useTranslation('case');
  const what = (type: string) => (type.startsWith('xstate.after.') ? t('history.deadlineLapsed') : localized(def.events[type]?.title, i18n.language) || type);
  return (
    <section className="app-section" aria-labelledby="case-history">
      <h2 className="kern-heading-medium" id="case-history">{t('sections.history')}</h2>
      <ol className="wb-history">
        {view.history.map((e) => {
          const role = e.actor ? localized(def.roles[e.actor.role]?.title, i18n.language) || e.actor.role : undefined;
          return (
            <li key={e.seq}>
              <p className="kern-body kern-body--bold">{what(e.type)}</p>
              <p className="kern-body kern-body--small">
                <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
                {role ? ` · ${t('history.by', { role })}${e.actor ? ` (${e.actor.id})` : ''}` : ''} · {t('history.to', { state: stateName(e.to, def, i18n.language) })}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
