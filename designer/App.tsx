import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { PageShell, RoleGate, StaffAccountMenu } from '../ui/index.js';
import { CanvasPreviewPage } from './canvas/CanvasPreviewPage.js';
import { EditorPage } from './pages/EditorPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ProceduresPage } from './pages/ProceduresPage.js';

/** The designer's routes under `/designer/` in the KERN page frame; every page needs a designer login. */
export function App() {
  const { t } = useTranslation();
  return (
    <PageShell
      appName={t('appName')}
      nav={[{ key: 'procedures', node: <Link className="kern-link" to="/">{t('nav.procedures')}</Link> }]}
      account={<StaffAccountMenu home="/designer/" />}
      footer={[
        { key: 'portal', node: <a className="kern-link" href="/">{t('nav.portal')}</a> },
        { key: 'api', node: <a className="kern-link" href="/api/docs">{t('nav.api')}</a> },
      ]}
    >
      <RoleGate kind="designer" basePath="/designer" deniedTexts="noAccess"
        denied={<p><a className="kern-link" href="/">{t('noAccess.portal')}</a></p>}>
        <Routes>
          <Route path="/" element={<ProceduresPage />} />
          <Route path="/verfahren/:id" element={<EditorPage />} />
          <Route path="/procedures/:id/diagram" element={<CanvasPreviewPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </RoleGate>
    </PageShell>
  );
}
