import { usePageTitle } from '../../ui/index.js';

/** Gebärdensprache. (not built yet) */
export function SignLanguagePage() {
  usePageTitle('SignLanguagePage');
  return <h1 className="kern-heading-large">SignLanguagePage</h1>;
}
