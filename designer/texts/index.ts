import { appTexts } from './app.js';
import { guardTexts } from '../guards/texts.js';
import { canvasTexts } from '../canvas/texts.js';
import { editorTexts } from './editor.js';
import { formsTexts } from './forms.js';
import { panelsTexts } from './panels.js';
import { partiesTexts } from './parties.js';
import { templatesTexts } from './templates.js';

import { simulationTexts } from './simulation.js';

const namespaces = { app: appTexts, editor: editorTexts, forms: formsTexts, panels: panelsTexts, parties: partiesTexts, simulation: simulationTexts, templates: templatesTexts };

/** The designer's texts by language and namespace (one file per area). */
export const designerTexts = {
  de: { ...Object.fromEntries(Object.entries(namespaces).map(([ns, t]) => [ns, t.de])), ...canvasTexts.de, ...guardTexts.de },
  en: { ...Object.fromEntries(Object.entries(namespaces).map(([ns, t]) => [ns, t.en])), ...canvasTexts.en, ...guardTexts.en },
};
