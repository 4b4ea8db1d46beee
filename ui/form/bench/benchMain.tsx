// The page of `npm run bench:forms` (not part of any app): renders a 200-field form with the
// form renderer (?mode=rjsf) or as plain HTML (?mode=plain); BenchApp records when it first painted.
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n/createI18n.js';
import '../../styles/app.css';
import { PlainBench, RjsfBench } from './BenchApp.js';

(globalThis as { benchStart?: number }).benchStart = performance.now();
const params = new URLSearchParams(location.search);
const fields = Number(params.get('fields') ?? 200);
const i18n = createI18n({ de: { app: {} }, en: { app: {} } });
createRoot(document.getElementById('root')!).render(
  <I18nextProvider i18n={i18n}>{params.get('mode') === 'plain' ? <PlainBench fields={fields} /> : <RjsfBench fields={fields} />}</I18nextProvider>,
);
