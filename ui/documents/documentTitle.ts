import { placedEffects, resolveDefinition } from '../../engine/index.js';
import type { ProcedureConfig } from '../../engine/index.js';

/** What the worker appends to the title of a document it sealed. */
const SEALED = ' (gesiegelt)';

/**
 * The title of a case's document as people read it. The e-file stores a rendered document under
 * its name from the definition (`bescheinigung`, `bescheinigung (gesiegelt)`); the definition's
 * `documents` section gives its title in German and English ("Empfangsbescheinigung"). Other
 * documents (receipts, uploaded files) keep their stored title.
 */
export function documentTitle(def: ProcedureConfig | undefined, stored: string, language: string): string {
  if (!def?.documents) return stored;
  const sealed = stored.endsWith(SEALED);
  const name = sealed ? stored.slice(0, -SEALED.length) : stored;
  let template: string | undefined;
  try {
    const render = placedEffects(resolveDefinition(def)).map((p) => p.effect).find((e) => e.type === 'renderDocument' && e.params.document === name);
    template = render?.type === 'renderDocument' ? render.params.template : undefined;
  } catch {
    return stored; // a definition the engine cannot read: the stored title is still true
  }
  const title = template ? def.documents[template]?.title : undefined;
  if (!title) return stored;
  const english = language.startsWith('en');
  const text = english ? title.en : title.de;
  return sealed ? `${text} (${english ? 'sealed' : 'gesiegelt'})` : text;
}
