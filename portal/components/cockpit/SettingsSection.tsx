import { useTranslation } from 'react-i18next';
import { usePreferences } from './cockpitApi.js';
import { CockpitSection, QueryState } from './CockpitSection.js';
import type { ReportErrors } from './CockpitSection.js';
import { SettingsForm } from './SettingsForm.js';

/** Einstellungen: channels, language and the notice on every access (`GET/PUT /api/me/preferences`). */
export function SettingsSection() {
  const { t } = useTranslation('cockpit');
  return <CockpitSection part="einstellungen" intro={t('settings.explain')}>{(report) => <Settings reportErrors={report} />}</CockpitSection>;
}

function Settings({ reportErrors }: { reportErrors: ReportErrors }) {
  const prefs = usePreferences(true);
  if (!prefs.data) return <QueryState isPending={prefs.isPending} isError={prefs.isError} />;
  return <SettingsForm initial={prefs.data} reportErrors={reportErrors} />;
}
