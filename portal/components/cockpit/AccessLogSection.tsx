import { useTranslation } from 'react-i18next';
import { CaseLink } from './CaseLink.js';
import { useAccessLog } from './cockpitApi.js';
import { CockpitSection, QueryState } from './CockpitSection.js';
import { formatDateTime } from './formatters.js';
import { useCockpitLabels } from './useCockpitLabels.js';

/**
 * Zugriffsprotokoll (§ 10 OZG Datenschutzcockpit): every staff read — when, which authority and
 * person, which data, why, which case — newest first. A KERN table; below 40em each row stacks
 * with its column names (cockpit.css), so 320 px needs no sideways scrolling.
 */
export function AccessLogSection() {
  const { t } = useTranslation('cockpit');
  return <CockpitSection part="zugriffe" intro={t('access.explain')}>{() => <AccessLogTable />}</CockpitSection>;
}

function AccessLogTable() {
  const { t, i18n } = useTranslation('cockpit');
  const log = useAccessLog(true);
  const labels = useCockpitLabels(true);
  // With the procedures' texts: names, not ids, from the first draw on.
  if (!log.data || labels.loading) return <QueryState isPending={log.isPending || labels.loading} isError={log.isError} />;
  if (!log.data.length) return <p className="kern-body">{t('access.empty')}</p>;
  const columns = { when: t('access.when'), who: t('access.who'), categories: t('access.categories'), purpose: t('access.purpose'), case: t('access.case') };
  return (
    // Explicit roles keep the table a table for screen readers when narrow screens stack its rows.
    <table className="kern-table kern-table--small cockpit-table" role="table">
      <caption className="kern-title kern-title--small">{t('access.caption')}</caption>
      <thead className="kern-table__head" role="rowgroup">
        <tr className="kern-table__row" role="row">
          {Object.entries(columns).map(([key, name]) => <th key={key} scope="col" role="columnheader" className="kern-table__header">{name}</th>)}
        </tr>
      </thead>
      <tbody className="kern-table__body" role="rowgroup">
        {log.data.map((e) => (
          <tr key={e.seq} className="kern-table__row" role="row">
            <td role="cell" className="kern-table__cell" data-label={columns.when}><time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time></td>
            <td role="cell" className="kern-table__cell" data-label={columns.who}>{labels.authority(e.authority)}<br /><span className="kern-body--small">{t('access.officer', { officer: e.officer })}</span></td>
            <td role="cell" className="kern-table__cell" data-label={columns.categories}>{e.categories.map((c) => labels.category(c, labels.procedureOfCase(e.caseId))).join(', ')}</td>
            <td role="cell" className="kern-table__cell" data-label={columns.purpose}>{e.purpose}</td>
            <td role="cell" className="kern-table__cell" data-label={columns.case}><CaseLink caseId={e.caseId} labels={labels} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
