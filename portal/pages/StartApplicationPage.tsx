import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { api, idempotencyKey, unwrap } from '../../ui/index.js';
import { PageState } from '../components/apply/PageState.js';
import { loginUrl, useMe } from '../session.js';

/**
 * "Antrag starten": logs the citizen in first (back here afterwards), then opens a case of the
 * procedure and goes on to its form. One Idempotency-Key per visit, so React's second effect
 * run (StrictMode) or a quick reload of the request opens one case, not two.
 */
export function StartApplicationPage() {
  const { procedureId = '' } = useParams();
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
    unwrap(api.POST('/api/cases', { params: { header: { 'Idempotency-Key': key.current } }, body: { procedure: procedureId } }))
      .then((created) => { if (!cancelled) void navigate(`/antrag/${(created as { id: string }).id}`, { replace: true }); })
      .catch((err: unknown) => { if (!cancelled) setError(err); });
    return () => { cancelled = true; };
  }, [me.isPending, me.data, procedureId, location.pathname, navigate]);
  return <PageState title={t('start.title')} error={error ? new Error(`${t('start.failed')} ${error instanceof Error ? error.message : ''}`) : undefined} />;
}
