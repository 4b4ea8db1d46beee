// Global set-up of the integration run: the browser suites need the UIs built from the current
// sources (skipped when dist/ui is up to date, as for `npm start`).
import { buildUi } from '../../scripts/lib/buildUi.js';

export default async function setup(): Promise<void> {
  await buildUi((msg) => console.log(`[ui] ${msg}`));
}
