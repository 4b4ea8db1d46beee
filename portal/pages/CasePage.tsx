import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError, localized, usePageTitle } from '../../ui/index.js';
import { Fact } from '../components/catalogue/Fact.js';
import { useProcedure } from '../components/catalogue/useProcedures.js';
import { CaseActions } from '../components/cases/CaseActions.js';
import { CaseDeadlines } from '../components/cases/CaseDeadlines.js';
import { CaseDocuments } from '../components/cases/CaseDocuments.js';
import { stateName } from '../components/cases/caseFacts.js';
import { statusKey } from '../components/cases/caseStatus.js';
import { CaseTimeline } from '../components/cases/CaseTimeline.js';
import { formatDate } from '../components/cases/formatDate.js';
import { useCase } from '../components/cases/useCases.js';
import { loginUrl, useMe } from '../session.js';

/** One case: status, what I can do now, deadlines, documents with their signatures, history, messages. */
export function CasePage() {
  const { caseId } = useParams();
  const { t, i18n } = useTranslation('cases');
  const me = useMe();
  // Set by the page of an event with a form after it was sent (see ActionForm).
  const sent = (useLocation().state as { sent?: string } | null)?.sent;
  const view = useCase(me.data ? caseId : undefined);
  const def = useProcedure(view.data?.procedure).data;
  const text = (v: { de: string; en: string } | undefined) => localized(v, i18n.language);
  const missing = view.error instanceof ApiError && [403, 404, 410].includes(view.error.status);
  const title = def ? text(def.title) : missing ? t('case.notFound') : t('shell:loading');
  usePageTitle(title, view.isError && !missing);

  if (me.data === null) {
    return (
      <>
        <h1 className="kern-heading-large">{t('list.title')}</h1>
        <p className="kern-body">{t('list.loggedOut')}</p>
        <p><a className="kern-btn kern-btn--primary" href={loginUrl(`/vorgaenge/${caseId}`)}><span className="kern-label">{t('list.login')}</span></a></p>
      </>
    );
  }
  if (!view.data || !def) {
    return (
      <>
        {/* Same place for the h1 as below, so the focus FocusOnNavigate gave it survives loading. */}
        <p><Link className="kern-link" to="/vorgaenge">{t('case.back')}</Link></p>
        <h1 className="kern-heading-large">{title}</h1>
        {view.isError ? <p className="kern-body">{missing ? t('case.notFoundText') : t('shell:networkError')}</p> : null}
      </>
    );
  }
  const c = view.data;
  const myRoles = c.parties.filter((p) => p.id === me.data?.sub).map((p) => p.role);
  const submitted = c.history[0]?.at;

  return (
    <>
      <p><Link className="kern-link" to="/vorgaenge">{t('case.back')}</Link></p>
      <h1 className="kern-heading-large">{title}</h1>
      {sent ? (
        <div className="kern-alert kern-alert--success app-section" role="status">
          <div className="kern-alert__header"><span className="kern-icon kern-icon--success" aria-hidden="true" /><h2 className="kern-title">{t('case.sent', { event: sent })}</h2></div>
        </div>
      ) : null}
      <dl className="kern-description-list">
        <Fact term={t('facts.status')}>{t(statusKey(c, def))}</Fact>
        <Fact term={t('facts.step')}>{stateName(c.state, def, i18n.language)}</Fact>
        <Fact term={t('facts.authority')}>{text(def.authorityTitle) || c.authority}</Fact>
        {submitted ? <Fact term={t('facts.submitted')}>{formatDate(submitted, i18n.language)}</Fact> : null}
        <Fact term={t('facts.number')}><span className="app-case-id">{c.id}</span></Fact>
      </dl>
      <CaseActions def={def} view={c} myRoles={myRoles} />
      <CaseDeadlines def={def} view={c} />
      <CaseDocuments def={def} view={c} authorityName={text(def.authorityTitle) || c.authority} />
      <CaseTimeline def={def} view={c} />
      <section className="app-section" aria-labelledby="case-messages">
        <h2 className="kern-heading-medium" id="case-messages">{t('case.messagesTitle')}</h2>
        <p className="kern-body">{t('case.messagesText')}</p>
        <p className="kern-body"><Link className="kern-link" to={`/vorgaenge/${c.id}/nachrichten`}>{t('case.messagesLink')}</Link></p>
      </section>
    </>
  );
}
