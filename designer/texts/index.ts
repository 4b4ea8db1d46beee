import { appTexts } from './app.js';
import { canvasTexts } from '../canvas/texts.js';
import { editorTexts } from './editor.js';

const namespaces = { app: appTexts, editor: editorTexts };

/** The designer's texts by language and namespace (one file per area). */
export const designerTexts = {
  de: { ...Object.fromEntries(Object.entries(namespaces).map(([ns, t]) => [ns, t.de])), ...canvasTexts.de },
  en: { ...Object.fromEntries(Object.entries(namespaces).map(([ns, t]) => [ns, t.en])), ...canvasTexts.en },
};
