// `npm run build:ui`: builds the UIs into dist/ui (always; `npm start` and the tests build only
// when the sources changed).
import { buildUi } from './lib/buildUi.js';

await buildUi((msg) => console.log(`[build:ui] ${msg}`), { force: true });
