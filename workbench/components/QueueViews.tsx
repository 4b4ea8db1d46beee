import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QUEUE_VIEWS } from '../api/caseList.js';
import type { QueueFilters } from '../api/caseList.js';
import { queueSearch } from './useQueueFilters.js';

/** The views "Mir zugewiesen", "Meine Gruppe", "Alle" as links (the current one marked for screen readers too). */
export function QueueViews({ filters }: { filters: QueueFilters }) {
  const { t } = useTranslation('queue');
  return (
    <nav aria-label={t('views.label')} className="wb-views">
      <ul>
        {QUEUE_VIEWS.map((view) => (
          <li key={view}>
            <Link className="kern-link" to={{ pathname: '/', search: queueSearch({ ...filters, view }) }} aria-current={filters.view === view ? 'page' : undefined}>
              {t(`views.${view}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
