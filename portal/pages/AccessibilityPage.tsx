import { usePageTitle } from '../../ui/index.js';

/** Erklärung zur Barrierefreiheit with a feedback route. (not built yet) */
export function AccessibilityPage() {
  usePageTitle('AccessibilityPage');
  return <h1 className="kern-heading-large">AccessibilityPage</h1>;
}
