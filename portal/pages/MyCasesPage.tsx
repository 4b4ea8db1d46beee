import { usePageTitle } from '../../ui/index.js';

/** Meine Vorgänge. (not built yet) */
export function MyCasesPage() {
  usePageTitle('MyCasesPage');
  return <h1 className="kern-heading-large">MyCasesPage</h1>;
}
