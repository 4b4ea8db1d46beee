import { useTranslation } from 'react-i18next';
import { diffDefinitions } from '../../engine/index.js';
import type { JsonObject } from '../model/index.js';

/** What the draft changes against the published version: states, transitions, events, forms, fields. */
export function DiffTable({ before, after, caption }: { before: JsonObject | undefined; after: JsonObject; caption: string }) {
  const { t } = useTranslation('editor');
  const changes = diffDefinitions(before ?? {}, after);
  if (changes.length === 0) return <p className="kern-body">{t('diff.none')}</p>;
  return (
    <div className="dz-table-scroll">
      <table className="kern-table dz-table" data-testid="diff">
        <caption className="kern-title">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('diff.kind')}</th>
            <th scope="col" className="kern-table__header">{t('diff.element')}</th>
            <th scope="col" className="kern-table__header">{t('diff.change')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {changes.map((c) => (
            <tr key={`${c.kind}-${c.key}`} className="kern-table__row">
              <td className="kern-table__cell" data-label={t('diff.kind')}>{t(`diff.kinds.${c.kind}`)}</td>
              <th scope="row" className="kern-table__header" data-label={t('diff.element')}>{c.key}</th>
              <td className="kern-table__cell" data-label={t('diff.change')}>{t(`diff.changes.${c.change}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
