import { usePageTitle } from '../../ui/index.js';

/** An event form of a procedure shown before login. (not built yet) */
export function FormPreviewPage() {
  usePageTitle('FormPreviewPage');
  return <h1 className="kern-heading-large">FormPreviewPage</h1>;
}
