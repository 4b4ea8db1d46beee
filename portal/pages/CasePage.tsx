import { usePageTitle } from '../../ui/index.js';

/** One case: timeline, deadlines, documents, events I may send, messages. (not built yet) */
export function CasePage() {
  usePageTitle('CasePage');
  return <h1 className="kern-heading-large">CasePage</h1>;
}
