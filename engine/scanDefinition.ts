import { checkPattern } from './checkPattern.js';
import { issue, pointer } from './DefinitionIssue.js';
import type { DefinitionIssue } from './DefinitionIssue.js';
import { FORBIDDEN_KEYS } from './inspectGuard.js';

/** Limits of a definition document: nodes (values), nesting depth, total text length. */
export const DEFINITION_LIMITS = { nodes: 50_000, depth: 40, text: 2_000_000 } as const;

type Frame = { value: unknown; path: (string | number)[]; inSchema: boolean };

/**
 * Scans a parsed document for unsafe content before anything else looks at it: size and depth
 * limits, `__proto__` / `constructor` / `prototype` keys, and inside form schemas remote or
 * file `$ref`s (SSRF) and regular expressions prone to catastrophic backtracking (ReDoS).
 * Iterative, so hostile nesting cannot overflow the stack.
 */
export function scanDefinition(doc: unknown): DefinitionIssue[] {
  const found: DefinitionIssue[] = [];
  const stack: Frame[] = [{ value: doc, path: [], inSchema: false }];
  let nodes = 0;
  let text = 0;
  while (stack.length) {
    const { value, path, inSchema } = stack.pop()!;
    if (++nodes > DEFINITION_LIMITS.nodes) {
      return [issue('', 'too-large', `Die Definition hat mehr als ${DEFINITION_LIMITS.nodes} Werte.`, `The definition has more than ${DEFINITION_LIMITS.nodes} values.`)];
    }
    if (path.length > DEFINITION_LIMITS.depth) {
      return [issue(pointer(...path), 'too-deep', `Die Definition ist tiefer als ${DEFINITION_LIMITS.depth} Ebenen verschachtelt.`, `The definition is nested deeper than ${DEFINITION_LIMITS.depth} levels.`)];
    }
    if (typeof value === 'string') text += value.length;
    if (text > DEFINITION_LIMITS.text) {
      return [issue('', 'too-large', `Die Definition enthält mehr als ${DEFINITION_LIMITS.text} Zeichen Text.`, `The definition holds more than ${DEFINITION_LIMITS.text} characters of text.`)];
    }
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i], inSchema }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      const at = [...path, key];
      text += key.length;
      if (FORBIDDEN_KEYS.has(key)) {
        found.push(issue(pointer(...at), 'key-forbidden', `Der Schlüssel „${key}“ ist nicht erlaubt (Prototype Pollution).`, `The key "${key}" is not allowed (prototype pollution).`));
        continue;
      }
      const schema = inSchema || (path.length === 2 && path[0] === 'forms' && key === 'schema');
      if (schema) checkSchemaKeyword(key, child, at, found);
      stack.push({ value: child, path: at, inSchema: schema });
    }
  }
  return found;
}

function checkSchemaKeyword(key: string, value: unknown, at: (string | number)[], found: DefinitionIssue[]): void {
  if ((key === '$ref' || key === '$dynamicRef') && typeof value === 'string' && !value.startsWith('#')) {
    found.push(issue(pointer(...at), 'ref-remote', `Nur lokale Verweise („#/…“) sind erlaubt, nicht „${value}“ (kein Nachladen von Netz oder Datei).`, `Only local references ("#/…") are allowed, not "${value}" (no loading from network or file).`));
  }
  const patterns = key === 'pattern' && typeof value === 'string' ? [[value, at]] as const
    : key === 'patternProperties' && value !== null && typeof value === 'object' ? Object.keys(value).map((p) => [p, [...at, p]] as const) : [];
  for (const [source, where] of patterns) {
    const problem = checkPattern(source);
    if (problem) found.push({ path: pointer(...where), code: 'pattern-unsafe', message: problem });
  }
}
