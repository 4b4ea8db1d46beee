import Mustache from 'mustache';

/** One tag of a template: a value (`{{a.b}}`), a section (`{{#a}}`) or an inverted section (`{{^a}}`). */
export interface Placeholder {
  name: string;
  kind: 'value' | 'section' | 'inverted';
  /** The names of the sections it is inside, outermost first. */
  within: string[];
}

/** The placeholders of a template, or why it cannot be used. */
export type TemplateParse = { ok: true; placeholders: Placeholder[] } | { ok: false; problem: { de: string; en: string } };

type Token = [string, string, number, number, Token[]?];

/**
 * Parses a template with Mustache's own parser and lists its tags. Only values, sections,
 * inverted sections and comments are allowed: no partials (`{{> x}}`), no unescaped output
 * (`{{{x}}}`, `{{& x}}`, which would bypass the HTML escaping of mails) and no changed
 * delimiters (`{{=<% %>=}}`), so what the checker sees is what renders.
 */
export function templatePlaceholders(template: string): TemplateParse {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(template) as unknown as Token[];
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: { de: `Die Vorlage ist kein gültiges Mustache: ${why}`, en: `The template is not valid Mustache: ${why}` } };
  }
  const placeholders: Placeholder[] = [];
  const forbidden: string[] = [];
  const walk = (list: Token[], within: string[]) => {
    for (const [type, value, , , children] of list) {
      if (type === 'name') placeholders.push({ name: value, kind: 'value', within });
      else if (type === '#' || type === '^') {
        placeholders.push({ name: value, kind: type === '#' ? 'section' : 'inverted', within });
        walk(children ?? [], type === '#' ? [...within, value] : within);
      } else if (type === '>' || type === '&' || type === '=') forbidden.push(type === '>' ? `{{> ${value}}}` : type === '&' ? `{{{${value}}}}` : '{{= … =}}');
    }
  };
  walk(tokens, []);
  if (forbidden.length) {
    const list = forbidden.join(', ');
    return { ok: false, problem: { de: `Nicht erlaubt in Vorlagen (nur {{wert}}, {{#abschnitt}}, {{^abschnitt}}): ${list}`, en: `Not allowed in templates (only {{value}}, {{#section}}, {{^section}}): ${list}` } };
  }
  return { ok: true, placeholders };
}
