import { usePageTitle } from '../../ui/index.js';

/** One procedure explained before login, with "Antrag starten". (not built yet) */
export function ProcedurePage() {
  usePageTitle('ProcedurePage');
  return <h1 className="kern-heading-large">ProcedurePage</h1>;
}
