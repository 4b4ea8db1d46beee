import { usePageTitle } from '../../ui/index.js';

/** Leichte Sprache: the portal explained. (not built yet) */
export function EasyLanguagePage() {
  usePageTitle('EasyLanguagePage');
  return <h1 className="kern-heading-large">EasyLanguagePage</h1>;
}
