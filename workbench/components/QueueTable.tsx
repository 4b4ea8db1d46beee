import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcedureConfig } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import type { QueueItem } from '../api/caseList.js';
import { formatDate, formatDateTime, shortRef, stateName } from './caseFacts.js';
import { DeadlineWords } from './DeadlineWords.js';
import { nearestDeadline } from './queueOrder.js';

/** What the table needs besides the rows. */
export interface QueueTableProps {
  items: QueueItem[];
  definitions: Map<string, ProcedureConfig>;
  /** Subject of the logged-in clerk (for "Mir zuweisen" / "Freigeben"). */
  me: string;
  /** The clerk's authority: only its own cases are its to distribute (not those it is asked a statement in). */
  authority?: string;
  /** Present where the assignment route exists (the list reports assignees). */
  onAssign?: (item: QueueItem, assignee: string | null) => void;
}

/**
 * The queue as a table: each row's first cell is a real link to the case (no clickable rows),
 * the deadline as date and in words. Only what the list route answers: no personal data.
 */
export function QueueTable({ items, definitions, me, authority, onAssign }: QueueTableProps) {
  const { t, i18n } = useTranslation('queue');
  return (
    <div className="wb-table-scroll" role="region" aria-labelledby="queue-caption" tabIndex={0}>
      <table className="kern-table wb-table">
        <caption className="kern-title" id="queue-caption">{t('table.caption')}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('table.reference')}</th>
            <th scope="col" className="kern-table__header">{t('table.procedure')}</th>
            <th scope="col" className="kern-table__header">{t('table.state')}</th>
            <th scope="col" className="kern-table__header">{t('table.deadline')}</th>
            <th scope="col" className="kern-table__header">{t('table.received')}</th>
            {onAssign ? <th scope="col" className="kern-table__header">{t('table.assignee')}</th> : null}
            {onAssign ? <th scope="col" className="kern-table__header">{t('table.actions')}</th> : null}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {items.map((item) => {
            const def = definitions.get(item.procedure);
            const ref = shortRef(item.id);
            const due = nearestDeadline(item);
            return (
              <tr className="kern-table__row" key={item.id}>
                <th scope="row" className="kern-table__cell" data-label={t('table.reference')}>
                  <Link className="kern-link" to={`/vorgaenge/${item.id}`} aria-label={t('open', { ref })}>{ref}</Link>
                </th>
                <td className="kern-table__cell" data-label={t('table.procedure')}>{localized(def?.title, i18n.language) || item.procedure}</td>
                <td className="kern-table__cell" data-label={t('table.state')}>{stateName(item.state, def, i18n.language)}</td>
                <td className="kern-table__cell" data-label={t('table.deadline')}>
                  {due === Infinity ? t('noDeadline') : <>{formatDate(new Date(due).toISOString(), i18n.language)}<br /><DeadlineWords dueAt={new Date(due).toISOString()} /></>}
                </td>
                <td className="kern-table__cell" data-label={t('table.received')}><time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt, i18n.language)}</time></td>
                {onAssign ? <td className="kern-table__cell" data-label={t('table.assignee')}>{item.assignee ?? t('unassigned')}</td> : null}
                {onAssign ? (
                  <td className="kern-table__cell" data-label={t('table.actions')}>
                    {item.authority !== authority ? null : item.assignee === me
                      ? <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" aria-label={t('releaseNamed', { ref })} onClick={() => onAssign(item, null)}><span className="kern-label">{t('release')}</span></button>
                      : <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" aria-label={t('assignToMeNamed', { ref })} onClick={() => onAssign(item, me)}><span className="kern-label">{t('assignToMe')}</span></button>}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
