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

/** Operations a `reduce` body may use: its accumulator stays a number or a boolean, never grows. */
const SCALAR = new Set([
  '==', '===', '!=', '!==', '>', '>=', '<', '<=', '!!', '!', '%', '+', '*', '-', '/', 'min', 'max', 'var', 'if', '?:', 'and', 'or',
]);

/** Static cost limits of a guard (issue 9: a reduce/merge doubling cost 3 s and 2 GB per event). */
export const GUARD_LIMITS = { nodes: 1000, depth: 32, loopNesting: 2 } as const;

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

const MAX_NODES = GUARD_LIMITS.nodes;

/** Where a node of a guard stands: inside how many loops, how deep, inside a reduce body. */
interface Place {
  node: unknown;
  relative: boolean;
  depth: number;
  loops: number;
  scalar: boolean;
}

/**
 * Walks a JSON Logic rule without evaluating it: lists the `var` paths it reads and reports
 * unknown operations, computed paths and paths through `__proto__`, `constructor` or
 * `prototype` (json-logic-js would walk into them), and what could make it costly: more than
 * GUARD_LIMITS nodes, nesting or loops within loops, or a `reduce` whose body could grow its
 * accumulator (only numbers and booleans may be accumulated).
 */
export function inspectGuard(rule: GuardRule): GuardInspection {
  const out: GuardInspection = { vars: [], problems: [] };
  const stack: Place[] = [{ node: rule, relative: false, depth: 0, loops: 0, scalar: false }];
  const problem = (de: string, en: string) => {
    if (!out.problems.some((p) => p.en === en)) out.problems.push({ de, en });
  };
  let nodes = 0;
  while (stack.length) {
    const place = stack.pop()!;
    const { node, relative } = place;
    if (++nodes > MAX_NODES) {
      problem(`Die Bedingung ist zu groß (über ${MAX_NODES} Knoten).`, `The guard is too large (over ${MAX_NODES} nodes).`);
      break;
    }
    if (place.depth > GUARD_LIMITS.depth) {
      problem(`Die Bedingung ist zu tief verschachtelt (über ${GUARD_LIMITS.depth} Ebenen).`, `The guard is nested too deeply (over ${GUARD_LIMITS.depth} levels).`);
      continue;
    }
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ ...place, node: item, depth: place.depth + 1 });
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
    if (place.scalar && !SCALAR.has(op)) {
      problem(`Im Rumpf von „reduce“ sind nur Rechen-, Vergleichs- und Logik-Operationen erlaubt, nicht „${op}“.`, `A "reduce" body may only compute, compare and combine truth values, not use "${op}".`);
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
      if (op === 'var' && list.length > 1) stack.push({ ...place, node: list[1], depth: place.depth + 1 });
      continue;
    }
    const list = Array.isArray(args) ? args : [args];
    const loops = place.loops + (ITERATING.has(op) ? 1 : 0);
    if (loops > GUARD_LIMITS.loopNesting) {
      problem(`Die Bedingung verschachtelt mehr als ${GUARD_LIMITS.loopNesting} Schleifen (all, some, map, reduce …).`, `The guard nests more than ${GUARD_LIMITS.loopNesting} loops (all, some, map, reduce …).`);
      continue;
    }
    list.forEach((arg, i) => {
      const body = ITERATING.has(op) && i > 0;
      stack.push({
        node: arg, relative: relative || body, depth: place.depth + 1,
        loops: body ? loops : place.loops, scalar: place.scalar || (op === 'reduce' && i === 1),
      });
    });
  }
  return out;
}
