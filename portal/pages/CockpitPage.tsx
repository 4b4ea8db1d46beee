import { usePageTitle } from '../../ui/index.js';

/** Datencockpit: inbox, access log, consents, my data, settings. (not built yet) */
export function CockpitPage() {
  usePageTitle('CockpitPage');
  return <h1 className="kern-heading-large">CockpitPage</h1>;
}
