import { usePageTitle } from '../../ui/index.js';

/** Opens a case of a procedure (POST /api/cases) and goes on to its form. (not built yet) */
export function StartApplicationPage() {
  usePageTitle('StartApplicationPage');
  return <h1 className="kern-heading-large">StartApplicationPage</h1>;
}
