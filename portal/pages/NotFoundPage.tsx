import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/index.js';

/** Any path the portal does not know. */
export function NotFoundPage() {
  const { t } = useTranslation('shell');
  usePageTitle(t('notFound'));
  return (
    <>
      <h1 className="kern-heading-large">{t('notFound')}</h1>
      <p className="kern-body">{t('notFoundText')}</p>
      <p><Link className="kern-link" to="/">{t('toStart')}</Link></p>
    </>
  );
}
