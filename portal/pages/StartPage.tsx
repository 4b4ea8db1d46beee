import { usePageTitle } from '../../ui/index.js';

/** Catalogue: every published procedure, searchable, grouped by authority and life situation. (not built yet) */
export function StartPage() {
  usePageTitle('StartPage');
  return <h1 className="kern-heading-large">StartPage</h1>;
}
