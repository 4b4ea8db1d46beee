import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../i18n/createI18n.js';
import { PageShell } from './PageShell.js';
import { usePageTitle } from './usePageTitle.js';

/** The texts of an app that is not built yet: its name, the page title and what to use meanwhile. */
type PlaceholderTexts = Record<'de' | 'en', { appName: string; title: string; notYet: string }>;

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

/**
 * Renders the page of an app whose own issue has not built it yet (workbench, designer): the
 * shell and a sentence saying so — served at its path so links and the build already work.
 */
export function renderPlaceholder(texts: PlaceholderTexts): void {
  const i18n = createI18n({ de: { app: texts.de }, en: { app: texts.en } });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Placeholder />
      </I18nextProvider>
    </StrictMode>,
  );
}
