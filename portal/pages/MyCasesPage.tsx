import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { localized, usePageTitle } from '../../ui/index.js';
import { Fact } from '../components/catalogue/Fact.js';
import { stateName } from '../components/cases/caseFacts.js';
import { statusKey } from '../components/cases/caseStatus.js';
import { DeadlineText } from '../components/cases/DeadlineText.js';
import { formatDate } from '../components/cases/formatDate.js';
import { useDefinitions, useMyCases } from '../components/cases/useCases.js';
import { loginUrl, useMe } from '../session.js';

/** Meine Vorgänge: my cases with procedure, status in words, last change, next deadline, a link each. */
export function MyCasesPage() {
  const { t, i18n } = useTranslation('cases');
  usePageTitle(t('list.title'));
  const me = useMe();
  const location = useLocation();
  const cases = useMyCases(Boolean(me.data));
  const items = cases.data?.items ?? [];
  const defs = useDefinitions(items.map((c) => c.procedure));
  const now = new Date();

  return (
    <>
      <h1 className="kern-heading-large">{t('list.title')}</h1>
      {me.isPending ? <p className="kern-body">{t('shell:loading')}</p> : null}
      {me.data === null ? (
        <>
          <p className="kern-body">{t('list.loggedOut')}</p>
          <p><a className="kern-btn kern-btn--primary" href={loginUrl(location.pathname)}><span className="kern-label">{t('list.login')}</span></a></p>
        </>
      ) : null}
      {cases.isError ? <div className="kern-alert kern-alert--danger" role="alert"><div className="kern-alert__body"><p className="kern-body">{t('list.loadError')}</p></div></div> : null}
      {cases.data ? (
        <>
          <p className="kern-body">{t('list.intro')}</p>
          <p className="kern-body kern-body--bold">{t('list.count', { count: cases.data.total })}</p>
          {items.length === 0 ? <p className="kern-body">{t('list.none')} <Link className="kern-link" to="/">{t('list.toCatalogue')}</Link></p> : null}
          <ul className="app-cards app-cards--wide">
            {items.map((c) => {
              const def = defs.get(c.procedure);
              const title = localized(def?.title, i18n.language) || c.procedure;
              const next = [...c.deadlines].sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
              return (
                <li key={c.id} className="kern-card">
                  <div className="kern-card__container">
                    <div className="kern-card__header">
                      <h2 className="kern-title"><Link className="kern-link" to={`/vorgaenge/${c.id}`}>{title}</Link></h2>
                    </div>
                    <div className="kern-card__body">
                      <dl className="kern-description-list">
                        <Fact term={t('facts.status')}>{t(statusKey(c, def))}</Fact>
                        <Fact term={t('facts.step')}>{stateName(c.state, def, i18n.language)}</Fact>
                        <Fact term={t('list.updated')}>{formatDate(c.updatedAt, i18n.language)}</Fact>
                        {next ? <Fact term={t('facts.nextDeadline')}><DeadlineText deadline={{ dueAt: next.dueAt, outcome: 'running' }} now={now} /></Fact> : null}
                        <Fact term={t('facts.number')}><span className="app-case-id">{c.id}</span></Fact>
                      </dl>
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </>
  );
}

