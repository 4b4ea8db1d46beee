import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../ui/index.js';
import { PageState } from '../components/apply/PageState.js';
import { useLoggedInRequest } from '../components/apply/useLoggedInRequest.js';

/**
 * "Antrag starten": logs the citizen in first, then opens a case of the procedure (one case per
 * visit) and goes on to its form.
 */
export function StartApplicationPage() {
  const { procedureId = '' } = useParams();
  const { t } = useTranslation('apply');
  const error = useLoggedInRequest(async (key) => {
    const created = await unwrap(api.POST('/api/cases', { params: { header: { 'Idempotency-Key': key } }, body: { procedure: procedureId } }));
    return `/antrag/${(created as { id: string }).id}`;
  }, procedureId);
  return <PageState title={t('start.title')} error={error ? new Error(`${t('start.failed')} ${error instanceof Error ? error.message : ''}`) : undefined} />;
}
