import type { GuardRule } from './types.js';

/** Path segments no guard and no user data may use: they lead to the prototype chain. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON Logic operations a guard may use (json-logic-js built-ins minus `log`, which does I/O). */
const OPERATIONS = new Set([
  '==', '===', '!=', '!==', '>', '>=', '<', '<=', '!!', '!', '%', 'in', 'cat', 'substr', '+', '*', '-', '/',
  'min', 'max', 'merge', 'var', 'missing', 'missing_some', 'if', '?:', 'and', 'or', 'all', 'none', 'some',
  'filter', 'map', 'reduce',
]);
/** Operations whose second argument runs with the array item as data, so `var` there is relative. */
const ITERATING = new Set(['all', 'none', 'some', 'filter', 'map', 'reduce']);

/** A data path a guard reads; `relative` when it reads an array item inside `map`, `some`, …. */
export interface GuardVar {
  path: string;
  relative: boolean;
}

/** What a guard reads, and why it is unsafe if it is. */
export interface GuardInspection {
  vars: GuardVar[];
  problems: { de: string; en: string }[];
}

const MAX_NODES = 1000;

/**
 * Walks a JSON Logic rule without evaluating it: lists the `var` paths it reads and reports
 * unknown operations, computed paths and paths through `__proto__`, `constructor` or
 * `prototype` (json-logic-js would walk into them).
 */
export function inspectGuard(rule: GuardRule): GuardInspection {
  const out: GuardInspection = { vars: [], problems: [] };
  const stack: { node: unknown; relative: boolean }[] = [{ node: rule, relative: false }];
  let nodes = 0;
  while (stack.length) {
    const { node, relative } = stack.pop()!;
    if (++nodes > MAX_NODES) {
      out.problems.push({ de: `Die Bedingung ist zu groß (über ${MAX_NODES} Knoten).`, en: `The guard is too large (over ${MAX_NODES} nodes).` });
      break;
    }
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, relative });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      out.problems.push({ de: 'Ein Objekt in einer Bedingung muss genau eine Operation enthalten.', en: 'An object in a guard must hold exactly one operation.' });
      continue;
    }
    const op = keys[0]!;
    const args = (node as Record<string, unknown>)[op];
    if (!OPERATIONS.has(op)) {
      out.problems.push({ de: `Unbekannte oder unzulässige Operation „${op}“.`, en: `Unknown or forbidden operation "${op}".` });
      continue;
    }
    if (op === 'var' || op === 'missing' || op === 'missing_some') {
      const list = Array.isArray(args) ? args : [args];
      const paths = op === 'var' ? list.slice(0, 1) : op === 'missing_some' ? (Array.isArray(list[1]) ? list[1] : []) : list;
      for (const p of paths) {
        if (typeof p === 'number') continue;
        if (typeof p !== 'string') {
          out.problems.push({ de: `„${op}“ braucht einen festen Pfad, keinen berechneten.`, en: `"${op}" needs a literal path, not a computed one.` });
          continue;
        }
        if (p.split('.').some((s) => FORBIDDEN_KEYS.has(s))) {
          out.problems.push({ de: `Der Pfad „${p}“ ist unzulässig.`, en: `The path "${p}" is forbidden.` });
          continue;
        }
        out.vars.push({ path: p, relative });
      }
      if (op === 'var' && list.length > 1) stack.push({ node: list[1], relative });
      continue;
    }
    const list = Array.isArray(args) ? args : [args];
    list.forEach((arg, i) => stack.push({ node: arg, relative: relative || (ITERATING.has(op) && i > 0) }));
  }
  return out;
}
