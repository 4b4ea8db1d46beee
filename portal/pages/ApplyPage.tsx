import { usePageTitle } from '../../ui/index.js';

/** The application form of a draft case: pages, task list, check answers, submit. (not built yet) */
export function ApplyPage() {
  usePageTitle('ApplyPage');
  return <h1 className="kern-heading-large">ApplyPage</h1>;
}
