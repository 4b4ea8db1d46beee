import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, localized, useMe, usePageTitle } from '../../ui/index.js';
import { reachOf, useCaseReach, useCaseView } from '../api/caseReads.js';
import { CaseActions } from '../components/CaseActions.js';
import { CaseAssignment } from '../components/CaseAssignment.js';
import { CaseData } from '../components/CaseData.js';
import { CaseDeadlines } from '../components/CaseDeadlines.js';
import { CaseHistory } from '../components/CaseHistory.js';
import { CaseMessages } from '../components/CaseMessages.js';
import { formatDateTime, shortRef, stateName } from '../components/caseFacts.js';
import { EFile } from '../components/EFile.js';
import { PurposeForm } from '../components/PurposeForm.js';
import { useProcedure } from '../components/useProcedures.js';
import { CaseShortcuts } from '../shortcuts/CaseShortcuts.js';

/**
 * The case view (`/workbench/vorgaenge/:id`): first the purpose of the access (the read is
 * logged before any data shows), then state, deadlines, data by category, e-Akte, actions,
 * history and messages.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t, i18n } = useTranslation('case');
  const { t: ta } = useTranslation('action');
  const me = useMe().data;
  const [purpose, setPurpose] = useState<string | null>(null);
  const view = useCaseView(caseId, purpose);
  const def = useProcedure(view.data?.procedure).data;
  const heading = useRef<HTMLHeadingElement>(null);
  const refused = view.error instanceof ApiError && view.error.status === 400 ? view.error.message : undefined;
  // Known before a purpose is given (useCaseReach), or learnt from a read (after a statement).
  const probed = useCaseReach(caseId).data;
  const reach = reachOf(view.error) ?? probed?.reach;
  // Staff of an authority other than the case's are here to give a statement.
  const asked = Boolean(probed?.authority && me?.authority && probed.authority !== me.authority);
  const notFound = reach === 'not-found';
  const gone = reach === 'gone';
  const c = view.data;
  const ref = shortRef(caseId);
  const h1 = gone ? ta('gone.title') : notFound ? t('notFound') : purpose === null || refused ? t('purpose.title') : c && def ? `${localized(def.title, i18n.language)} – ${t('reference', { ref })}` : t('shell:loading');
  usePageTitle(h1, refused !== undefined);
  const ready = Boolean(c && def);
  useEffect(() => { if (ready || gone) heading.current?.focus(); }, [ready, gone]);

  const back = <div className="wb-page-tools"><p><Link className="kern-link" to="/">{t('back')}</Link></p><CaseShortcuts /></div>;
  if (gone) return <>{back}<h1 className="kern-heading-large" tabIndex={-1} ref={heading}>{h1}</h1><p className="kern-body">{ta('gone.text')}</p></>;
  if (notFound) return <>{back}<h1 className="kern-heading-large">{h1}</h1><p className="kern-body">{t('notFoundText')}</p></>;
  if (purpose === null || refused) {
    return (
      <>
        {back}
        <p className="kern-body kern-body--muted">{t('reference', { ref })}</p>
        <h1 className="kern-heading-large">{h1}</h1>
        <p className="kern-body">{t('purpose.lead')}</p>
        <PurposeForm onChosen={setPurpose} statement={asked} {...(refused ? { refused } : {})} />
      </>
    );
  }
  if (view.isError) return <>{back}<h1 className="kern-heading-large">{h1}</h1><p className="kern-body" role="alert">{t('app:loadError', { message: view.error.message })}</p></>;
  if (!c || !def) return <>{back}<h1 className="kern-heading-large">{h1}</h1></>;
  return (
    <>
      {back}
      <h1 className="kern-heading-large" tabIndex={-1} ref={heading}>{h1}</h1>
      <p className="kern-body kern-body--small">{t('purposeShown', { purpose })}</p>
      <dl className="wb-facts">
        <div><dt className="kern-body kern-body--bold">{t('facts.state')}</dt><dd className="kern-body" data-testid="case-state">{stateName(c.state, def, i18n.language)}</dd></div>
        <div><dt className="kern-body kern-body--bold">{t('facts.status')}</dt><dd className="kern-body">{t(`status.${c.status}`)}</dd></div>
        <div><dt className="kern-body kern-body--bold">{t('facts.received')}</dt><dd className="kern-body">{c.history.length ? formatDateTime(c.history.at(-1)!.at, i18n.language) : '—'}</dd></div>
      </dl>
      <CaseAssignment caseId={caseId} />
      <CaseDeadlines def={def} view={c} />
      <CaseData def={def} caseId={caseId} purpose={purpose} seq={c.seq} />
      <EFile def={def} caseId={caseId} purpose={purpose} seq={c.seq} pending={c.pendingEffects} />
      <CaseActions def={def} view={c} purpose={purpose} />
      <CaseHistory def={def} view={c} purpose={purpose} />
      {/* Messages are between the citizen and the case's own authority, not those asked for a statement. */}
      {me?.authority === c.authority ? <CaseMessages caseId={caseId} purpose={purpose} seq={c.seq} open={c.status === 'active'} /> : null}
    </>
  );
}
