import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { PageShell, RoleGate, StaffAccountMenu } from '../ui/index.js';
import { InboxNavLink } from './components/InboxNavLink.js';
import { CasePage } from './pages/CasePage.js';
import { InboxPage } from './pages/InboxPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { QueuePage } from './pages/QueuePage.js';

/** The workbench's routes under `/workbench/` in the KERN page frame; every page needs a staff login. */
export function App() {
  const { t } = useTranslation();
  return (
    <PageShell
      appName={t('appName')}
      nav={[
        { key: 'queue', node: <NavLink className="kern-link" to="/" end>{t('nav.queue')}</NavLink> },
        { key: 'inbox', node: <InboxNavLink /> },
      ]}
      account={<StaffAccountMenu home="/workbench/" />}
      footer={[
        { key: 'portal', node: <a className="kern-link" href="/">{t('nav.portal')}</a> },
        { key: 'api', node: <a className="kern-link" href="/api/docs">{t('nav.api')}</a> },
      ]}
    >
      <RoleGate kind="staff" basePath="/workbench" deniedTexts="notStaff"
        denied={<ul className="wb-links"><li><a className="kern-link" href="/vorgaenge">{t('notStaff.portal')}</a></li></ul>}>
        <Routes>
          <Route path="/" element={<QueuePage />} />
          <Route path="/inbox" element={<InboxPage />} />
          <Route path="/vorgaenge/:caseId" element={<CasePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </RoleGate>
    </PageShell>
  );
}
