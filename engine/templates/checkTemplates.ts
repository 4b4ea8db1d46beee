import { issue, pointer } from '../DefinitionIssue.js';
import type { DefinitionIssue } from '../DefinitionIssue.js';
import { gatedCategories } from '../categorizeData.js';
import type { ProcedureDefinition } from '../resolveDefinition.js';
import { placedEffects } from '../effects/placedEffects.js';
import { BUILT_IN_NOTICES } from './builtInNotices.js';
import { formShapes } from './formShapes.js';
import type { FieldShape } from './formShapes.js';
import { isShowable, resolvePlaceholder, sectionScope } from './resolvePlaceholder.js';
import { templatePlaceholders } from './templatePlaceholders.js';
import { viewShape } from './viewShape.js';

const LANGUAGES = ['de', 'en'] as const;

/** Checks every placeholder of one template (both languages) against the view. */
function checkTemplate(texts: Record<string, string> | undefined, at: string, root: FieldShape, gated: Set<string>, mail: boolean, out: { errors: DefinitionIssue[]; warnings: DefinitionIssue[] }): void {
  for (const lang of LANGUAGES) {
    const template = texts?.[lang];
    if (typeof template !== 'string') continue;
    const where = `${at}/${lang}`;
    const parsed = templatePlaceholders(template);
    if (!parsed.ok) {
      out.errors.push({ path: where, code: 'template-invalid', message: parsed.problem });
      continue;
    }
    const sections = new Map<string, FieldShape>();
    for (const p of parsed.placeholders) {
      const scopes = [root, ...p.within.map((name) => sections.get(name)).filter((s): s is FieldShape => s !== undefined)];
      const node = resolvePlaceholder(p.name, scopes);
      const tag = p.kind === 'value' ? `{{${p.name}}}` : `{{${p.kind === 'section' ? '#' : '^'}${p.name}}}`;
      if (!node) {
        out.errors.push(issue(where, 'template-unknown-field',
          `Die Vorlage nennt ${tag}, aber kein Formular hat dieses Feld und die Vorlagensicht kennt es nicht.`,
          `The template names ${tag}, but no form has that field and the template view does not know it.`));
        continue;
      }
      if (p.kind === 'section') sections.set(p.name, sectionScope(node));
      if (p.kind === 'value' && !isShowable(node)) {
        out.errors.push(issue(where, 'template-group-field', `${tag} ist eine Gruppe von Feldern; nennen Sie ihre Felder einzeln.`, `${tag} is a group of fields; name its fields one by one.`));
      }
      if (mail && node.categories.some((c) => gated.has(c))) {
        out.warnings.push(issue(where, 'template-gated-in-mail',
          `${tag} gehört zu einer einwilligungspflichtigen Datenkategorie; E-Mails verlassen die Behörde unverschlüsselt.`,
          `${tag} belongs to a data category that needs consent; e-mails leave the authority unencrypted.`));
      }
    }
  }
}

/**
 * Publish-time checks of the procedure's `documents` and `notifications`: each template parses,
 * uses only values and sections, and names only what the view has (the case, the authority,
 * the procedure, dates, and fields that a form declares); each `renderDocument` names a
 * document template and each `notify` a notification template or a built-in notice. Gated
 * fields in mails are warned about; unused templates too.
 */
export function checkTemplates(def: ProcedureDefinition): { errors: DefinitionIssue[]; warnings: DefinitionIssue[] } {
  const out = { errors: [] as DefinitionIssue[], warnings: [] as DefinitionIssue[] };
  const root = viewShape(formShapes(def));
  const gated = gatedCategories(def);
  const documents = def.documents ?? {};
  const notifications = def.notifications ?? {};
  for (const [name, doc] of Object.entries(documents)) {
    for (const part of ['title', 'addressee', 'tenor', 'reasons', 'notes', 'remedy'] as const) {
      checkTemplate(doc[part] as Record<string, string> | undefined, pointer('documents', name, part), root, gated, false, out);
    }
  }
  for (const [name, note] of Object.entries(notifications)) {
    for (const part of ['subject', 'body'] as const) checkTemplate(note[part] as unknown as Record<string, string>, pointer('notifications', name, part), root, gated, true, out);
  }
  const used = new Set<string>();
  for (const { effect, at } of placedEffects(def)) {
    const template = (effect.params as { template?: unknown } | undefined)?.template;
    if (typeof template !== 'string') continue;
    if (effect.type === 'renderDocument') {
      used.add(`documents/${template}`);
      if (!Object.hasOwn(documents, template)) {
        out.errors.push(issue(`${at}/params/template`, 'template-undefined', `Es gibt keine Dokumentvorlage „${template}“ unter documents.`, `There is no document template "${template}" in documents.`));
      }
    } else if (effect.type === 'notify') {
      used.add(`notifications/${template}`);
      if (!Object.hasOwn(notifications, template) && !BUILT_IN_NOTICES.includes(template)) {
        out.errors.push(issue(`${at}/params/template`, 'template-undefined',
          `„${template}“ ist weder eine Benachrichtigung unter notifications noch eine eingebaute (${BUILT_IN_NOTICES.join(', ')}).`,
          `"${template}" is neither a notification in notifications nor a built-in one (${BUILT_IN_NOTICES.join(', ')}).`));
      }
    }
  }
  for (const [section, entries] of [['documents', documents], ['notifications', notifications]] as const) {
    for (const name of Object.keys(entries)) {
      if (!used.has(`${section}/${name}`)) out.warnings.push(issue(pointer(section, name), 'template-unused', `Die Vorlage „${name}“ wird von keiner Wirkung verwendet.`, `Template "${name}" is not used by any effect.`));
    }
  }
  return out;
}
