import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { api, idempotencyKey, unwrap } from '../../ui/index.js';
import { PageState } from '../components/apply/PageState.js';
import { loginUrl, useMe } from '../session.js';

/**
 * "An dieser Ausschreibung teilnehmen": logs the company in first (back here afterwards), joins
 * the open case as a party in its joinable role, then goes on to its form (the bid, through the
 * application flow). One Idempotency-Key per visit, so a second effect run joins once.
 */
export function JoinCasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation('apply');
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const key = useRef(idempotencyKey());
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (me.isPending) return;
    if (!me.data) {
      globalThis.location.assign(loginUrl(location.pathname));
      return;
    }
    let cancelled = false;
    unwrap(api.POST('/api/cases/{id}/participation', { params: { path: { id: caseId }, header: { 'Idempotency-Key': key.current } } }))
      .then(() => { if (!cancelled) void navigate(`/antrag/${caseId}`, { replace: true }); })
      .catch((err: unknown) => { if (!cancelled) setError(err); });
    return () => { cancelled = true; };
  }, [me.isPending, me.data, caseId, location.pathname, navigate]);
  return <PageState title={t('join.title')} error={error ? new Error(`${t('join.failed')} ${error instanceof Error ? error.message : ''}`) : undefined} />;
}
