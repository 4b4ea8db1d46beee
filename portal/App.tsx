import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageShell, api, localized, unwrap, usePageTitle } from '../ui/index.js';

/** The portal's routes and page frame. */
export function App() {
  const { t } = useTranslation();
  return (
    <PageShell appName={t('appName')}>
      <StartPage />
    </PageShell>
  );
}

function StartPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('startTitle'));
  const procedures = useQuery({ queryKey: ['procedures'], queryFn: () => unwrap(api.GET('/api/procedures')) });
  const items = (procedures.data ?? []) as { id: string; title: { de: string; en?: string } }[];
  return (
    <>
      <h1 className="kern-heading-large">{t('startTitle')}</h1>
      <ul data-ready={procedures.isSuccess ? 'true' : undefined}>
        {items.map((p) => <li key={p.id}>{localized(p.title, i18n.language)}</li>)}
      </ul>
    </>
  );
}
