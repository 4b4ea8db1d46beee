import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/index.js';

/** Any path the designer does not have. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1 className="kern-heading-large">{t('notFound.title')}</h1>
      <p className="kern-body">{t('notFound.text')}</p>
      <p><Link className="kern-link" to="/">{t('notFound.back')}</Link></p>
    </>
  );
}
