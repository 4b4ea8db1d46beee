import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the page in `<title>` ("Fehler: " first while the page shows errors, as screen-reader
 * users hear the title first) — call it once per page with the page's `h1` text.
 */
export function usePageTitle(title: string, hasErrors = false): void {
  const { t } = useTranslation('shell');
  useEffect(() => {
    document.title = `${hasErrors ? t('errorPrefix') : ''}${title} – ${t('titleSuffix')}`;
  }, [title, hasErrors, t]);
}
