import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { PageShell, createI18n } from '../../ui/index.js';
import { CanvasPreviewPage } from './CanvasPreviewPage.js';
import { canvasTexts } from './texts.js';

/** Where the preview page lives under `/designer/`. */
const PREVIEW_PATH = /^\/designer\/procedures\/[^/]+\/diagram\/?$/;

function PreviewApp() {
  const { t } = useTranslation('preview');
  return (
    <PageShell appName={t('appName')}>
      <Routes>
        <Route path="/procedures/:id/diagram" element={<CanvasPreviewPage />} />
      </Routes>
    </PageShell>
  );
}

/**
 * Renders the canvas preview when the address is `/designer/procedures/:id/diagram` and says
 * whether it did: a stand-in until the designer's own App routes to the canvas (the lead merges it).
 */
export function renderCanvasPreview(): boolean {
  if (!PREVIEW_PATH.test(location.pathname)) return false;
  const i18n = createI18n(canvasTexts);
  const queries = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queries}>
          <BrowserRouter basename="/designer">
            <PreviewApp />
          </BrowserRouter>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  return true;
}
