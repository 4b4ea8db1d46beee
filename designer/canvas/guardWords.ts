import type { GuardRule } from '../../engine/index.js';

const INFIX: Record<string, string> = { '==': '=', '===': '=', '!=': '≠', '!==': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥', in: '∈' };
const LONGEST = 80;

/** One JSON Logic operand as text: `{ var: "data.antrag.art" }` → `data.antrag.art`. */
function operand(value: unknown, language: 'de' | 'en'): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) return rule(value as Record<string, unknown>, language);
  return JSON.stringify(value) ?? String(value);
}

function rule(logic: Record<string, unknown>, language: 'de' | 'en'): string {
  const [op] = Object.keys(logic);
  if (op === undefined || Object.keys(logic).length !== 1) return JSON.stringify(logic);
  const raw = logic[op];
  const args = Array.isArray(raw) ? raw : [raw];
  if (op === 'var') return String(args[0]);
  if (op === '!') return `${language === 'de' ? 'nicht' : 'not'} ${operand(args[0], language)}`;
  if (op === '!!') return operand(args[0], language);
  if ((op === 'and' || op === 'or') && args.length > 0) {
    const word = op === 'and' ? (language === 'de' ? ' und ' : ' and ') : (language === 'de' ? ' oder ' : ' or ');
    return args.map((a) => `(${operand(a, language)})`).join(word);
  }
  if (INFIX[op] && args.length === 2) return `${operand(args[0], language)} ${INFIX[op]} ${operand(args[1], language)}`;
  return JSON.stringify(logic);
}

/**
 * A guard as the canvas shows it on its edge: JSON Logic read as a short formula
 * (`data.bauantrag.art = "neubau"`), cut after 80 characters; the whole rule is in the text view.
 */
export function guardWords(guard: GuardRule, language: string): string {
  const text = typeof guard === 'boolean' ? String(guard) : rule(guard, language === 'en' ? 'en' : 'de');
  return text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text;
}
