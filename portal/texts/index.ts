import { appTexts } from './app.js';
import { applyTexts } from './apply.js';
import { casesTexts } from './cases.js';
import { catalogueTexts } from './catalogue.js';
import { cockpitTexts } from './cockpit.js';
import { messagesTexts } from './messages.js';

const namespaces = { app: appTexts, catalogue: catalogueTexts, cases: casesTexts, apply: applyTexts, cockpit: cockpitTexts, messages: messagesTexts };

/** The portal's texts by language and namespace (one file per area of the portal). */
export const portalTexts = {
  de: Object.fromEntries(Object.entries(namespaces).map(([ns, t]) => [ns, t.de])),
  en: Object.fromEntries(Object.entries(namespaces).map(([ns, t]) => [ns, t.en])),
};
