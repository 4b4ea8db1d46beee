import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { PageShell, createI18n, usePageTitle } from '../ui/index.js';

// Not built yet: its own issue builds it on the portal's foundation. Until then the page says so.
const i18n = createI18n({
  de: { app: { appName: 'Designer', title: 'Designer für Verfahren', notYet: 'Diese Oberfläche ist noch nicht gebaut. Bis dahin steht die Programmierschnittstelle unter /api/docs bereit.' } },
  en: { app: { appName: 'Designer', title: 'Procedure designer', notYet: 'This interface is not built yet. Until then the API is documented at /api/docs.' } },
});

function Placeholder() {
  const { t } = useTranslation();
  usePageTitle(t('title'));
  return (
    <PageShell appName={t('appName')}>
      <h1 className="kern-heading-large">{t('title')}</h1>
      <p className="kern-body">{t('notYet')}</p>
    </PageShell>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Placeholder />
    </I18nextProvider>
  </StrictMode>,
);
