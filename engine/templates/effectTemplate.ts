import type { DocumentTemplateConfig, NotificationTemplateConfig, ProcedureConfig } from '../types.js';
import { formShapes } from './formShapes.js';
import type { FormShapes } from './formShapes.js';

/**
 * What a `renderDocument` or `notify` effect needs of the definition to render its template:
 * the template itself, the shapes of the forms (to show values) and the legal basis. The
 * workflow, which holds the definition, passes it to the effect activity.
 */
export interface EffectTemplate {
  document?: DocumentTemplateConfig;
  notification?: NotificationTemplateConfig;
  forms: FormShapes;
  legalBasis: string;
}

/** The template an effect names in the definition, or undefined (other effects, built-in notices). */
export function effectTemplate(def: ProcedureConfig, effect: { type: string; params?: object }): EffectTemplate | undefined {
  const name = (effect.params as { template?: unknown } | undefined)?.template;
  if (typeof name !== 'string') return undefined;
  const documents = def.documents ?? {};
  const notifications = def.notifications ?? {};
  if (effect.type === 'renderDocument' && Object.hasOwn(documents, name)) return { document: documents[name]!, forms: formShapes(def), legalBasis: def.legalBasis };
  if (effect.type === 'notify' && Object.hasOwn(notifications, name)) return { notification: notifications[name]!, forms: formShapes(def), legalBasis: def.legalBasis };
  return undefined;
}
