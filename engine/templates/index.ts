// Templates of documents and notifications: parsing and publish-time checks, the view, rendering.
export { BUILT_IN_NOTICES } from './builtInNotices.js';
export { effectTemplate } from './effectTemplate.js';
export type { EffectTemplate } from './effectTemplate.js';
export { checkTemplates } from './checkTemplates.js';
export { formShapes } from './formShapes.js';
export type { FieldShape, FormShapes } from './formShapes.js';
export { renderTemplate } from './renderTemplate.js';
export { templateCategories } from './templateCategories.js';
export { templateView } from './templateView.js';
export type { TemplateLanguage, TemplateView, TemplateViewInput } from './templateView.js';
