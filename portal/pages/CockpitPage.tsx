import { Navigate, Route, Routes } from 'react-router';
import { AccessLogSection } from '../components/cockpit/AccessLogSection.js';
import { CockpitNav } from '../components/cockpit/CockpitNav.js';
import { ConsentsSection } from '../components/cockpit/ConsentsSection.js';
import { InboxSection } from '../components/cockpit/InboxSection.js';
import { MyDataSection } from '../components/cockpit/MyDataSection.js';
import { SettingsSection } from '../components/cockpit/SettingsSection.js';
import '../components/cockpit/cockpit.css';
import { NotFoundPage } from './NotFoundPage.js';

/**
 * Datencockpit (§ 10 OZG): inbox, access log, consents, my data and settings, each its own URL
 * under `/cockpit/` beside the cockpit's sub-navigation; `/cockpit` opens the inbox.
 */
export function CockpitPage() {
  return (
    <div className="cockpit">
      <CockpitNav />
      <div className="cockpit-content">
        <Routes>
          <Route index element={<Navigate to="postfach" replace />} />
          <Route path="postfach" element={<InboxSection />} />
          <Route path="zugriffe" element={<AccessLogSection />} />
          <Route path="einwilligungen" element={<ConsentsSection />} />
          <Route path="daten" element={<MyDataSection />} />
          <Route path="einstellungen" element={<SettingsSection />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </div>
  );
}
