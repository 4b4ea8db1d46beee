import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../ui/index.js';

/** The page while its data loads, or when loading failed: an h1 and the reason. */
export function PageState({ title, error }: { title: string; error?: unknown }) {
  const { t } = useTranslation('shell');
  usePageTitle(title, !!error);
  return (
    <>
      <h1 className="kern-heading-large">{title}</h1>
      {error ? (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__header"><span className="kern-icon kern-icon--danger" aria-hidden="true" /><span className="kern-title">{t('problem')}</span></div>
          <div className="kern-alert__body"><p className="kern-body">{error instanceof Error ? error.message : String(error)}</p></div>
        </div>
      ) : <p className="kern-body" role="status">{t('loading')}</p>}
    </>
  );
}
