import { usePageTitle } from '../../ui/index.js';

/** Vorgangsnummer, receipt and its verification, next steps. (not built yet) */
export function ConfirmationPage() {
  usePageTitle('ConfirmationPage');
  return <h1 className="kern-heading-large">ConfirmationPage</h1>;
}
