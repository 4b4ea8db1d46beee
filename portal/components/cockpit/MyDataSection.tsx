import { useTranslation } from 'react-i18next';
import { CaseLink } from './CaseLink.js';
import { useMyData } from './cockpitApi.js';
import { CockpitSection, QueryState } from './CockpitSection.js';
import { useCockpitLabels } from './useCockpitLabels.js';

/**
 * Meine Daten: per authority the cases it keeps about me, the kinds of data they hold (the
 * procedure's data categories), and links to where it is stored — nothing is copied for this.
 */
export function MyDataSection() {
  const { t } = useTranslation('cockpit');
  return <CockpitSection part="daten" intro={t('data.explain')}>{() => <Holdings />}</CockpitSection>;
}

function Holdings() {
  const { t } = useTranslation('cockpit');
  const holdings = useMyData(true);
  const labels = useCockpitLabels(true);
  // Wait for the procedures' texts too: before they arrive every case would list its categories as "–".
  if (!holdings.data || labels.loading) return <QueryState isPending={holdings.isPending || labels.loading} isError={holdings.isError} />;
  if (!holdings.data.length) return <p className="kern-body">{t('data.empty')}</p>;
  return holdings.data.map(({ authority, cases }) => (
    <section key={authority} className="cockpit-item" aria-labelledby={`holder-${authority}`}>
      <h2 className="kern-heading-medium" id={`holder-${authority}`}>{labels.authority(authority)}</h2>
      <p className="kern-body">{t('data.cases', { count: cases.length })}</p>
      <ul className="cockpit-list">
        {cases.map((c) => (
          <li key={c.case} className="cockpit-subitem">
            <dl className="kern-description-list">
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('data.procedure')}</dt>
                <dd className="kern-description-list-item__value"><CaseLink caseId={c.case} labels={labels} /></dd>
              </div>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('data.categories')}</dt>
                <dd className="kern-description-list-item__value">{labels.procedureCategories(c.procedure).map((id) => labels.category(id, c.procedure)).join(', ') || '–'}</dd>
              </div>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">{t('data.stored')}</dt>
                <dd className="kern-description-list-item__value">
                  <a className="kern-link" href={c.data}>{t('data.download')}</a>
                  <br />
                  <a className="kern-link" href={c.documents}>{t('data.export')}</a>
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  ));
}
