import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { PageShell } from '../ui/index.js';
import { AccountMenu } from './components/AccountMenu.js';
import { FocusOnNavigate } from './components/FocusOnNavigate.js';
import { AccessibilityPage } from './pages/AccessibilityPage.js';
import { ApplyPage } from './pages/ApplyPage.js';
import { CaseActionPage } from './pages/CaseActionPage.js';
import { CasePage } from './pages/CasePage.js';
import { CaseMessagesPage } from './pages/CaseMessagesPage.js';
import { CockpitPage } from './pages/CockpitPage.js';
import { ConfirmationPage } from './pages/ConfirmationPage.js';
import { EasyLanguagePage } from './pages/EasyLanguagePage.js';
import { JoinCasePage } from './pages/JoinCasePage.js';
import { FormPreviewPage } from './pages/FormPreviewPage.js';
import { MyCasesPage } from './pages/MyCasesPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ProcedurePage } from './pages/ProcedurePage.js';
import { SignLanguagePage } from './pages/SignLanguagePage.js';
import { StartApplicationPage } from './pages/StartApplicationPage.js';
import { StartPage } from './pages/StartPage.js';

/** The portal's routes (German paths, as citizens read and bookmark them) in the KERN page frame. */
export function App() {
  const { t } = useTranslation();
  return (
    <PageShell
      appName={t('appName')}
      nav={[
        { key: 'start', node: <Link className="kern-link" to="/">{t('nav.procedures')}</Link> },
        { key: 'cases', node: <Link className="kern-link" to="/vorgaenge">{t('nav.myCases')}</Link> },
        { key: 'cockpit', node: <Link className="kern-link" to="/cockpit">{t('nav.cockpit')}</Link> },
      ]}
      service={[
        { key: 'easy', node: <Link className="kern-link" to="/leichte-sprache">{t('shell:easyLanguage')}</Link> },
        { key: 'sign', node: <Link className="kern-link" to="/gebaerdensprache">{t('shell:signLanguage')}</Link> },
      ]}
      account={<AccountMenu />}
      footer={[
        { key: 'a11y', node: <Link className="kern-link" to="/barrierefreiheit">{t('shell:accessibility')}</Link> },
        { key: 'easy', node: <Link className="kern-link" to="/leichte-sprache">{t('shell:easyLanguage')}</Link> },
        { key: 'api', node: <a className="kern-link" href="/api/docs">{t('nav.api')}</a> },
      ]}
    >
      <FocusOnNavigate />
      <Routes>
        <Route path="/" element={<StartPage />} />
        <Route path="/verfahren/:procedureId" element={<ProcedurePage />} />
        <Route path="/verfahren/:procedureId/formulare/:event" element={<FormPreviewPage />} />
        <Route path="/verfahren/:procedureId/starten" element={<StartApplicationPage />} />
        <Route path="/verfahren/:procedureId/teilnehmen/:caseId" element={<JoinCasePage />} />
        <Route path="/antrag/:caseId/bestaetigung" element={<ConfirmationPage />} />
        <Route path="/antrag/:caseId/*" element={<ApplyPage />} />
        <Route path="/vorgaenge" element={<MyCasesPage />} />
        <Route path="/vorgaenge/:caseId/nachrichten" element={<CaseMessagesPage />} />
        <Route path="/vorgaenge/:caseId/aktion/:event" element={<CaseActionPage />} />
        <Route path="/vorgaenge/:caseId/*" element={<CasePage />} />
        <Route path="/cockpit/*" element={<CockpitPage />} />
        <Route path="/leichte-sprache" element={<EasyLanguagePage />} />
        <Route path="/gebaerdensprache" element={<SignLanguagePage />} />
        <Route path="/barrierefreiheit" element={<AccessibilityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </PageShell>
  );
}
