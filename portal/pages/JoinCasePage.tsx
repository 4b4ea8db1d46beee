import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../ui/index.js';
import { PageState } from '../components/apply/PageState.js';
import { useLoggedInRequest } from '../components/apply/useLoggedInRequest.js';

/**
 * "An dieser Ausschreibung teilnehmen": logs the company in first, joins the open case as a
 * party in its joinable role, then goes on to its form (the bid, through the application flow).
 */
export function JoinCasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation('apply');
  const error = useLoggedInRequest(async (key) => {
    await unwrap(api.POST('/api/cases/{id}/participation', { params: { path: { id: caseId }, header: { 'Idempotency-Key': key } } }));
    return `/antrag/${caseId}`;
  }, caseId);
  return <PageState title={t('join.title')} error={error ? new Error(`${t('join.failed')} ${error instanceof Error ? error.message : ''}`) : undefined} />;
}
