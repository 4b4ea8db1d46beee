import jsonLogic from 'json-logic-js';
import { applyBounded } from './boundedJsonLogic.js';
import { FORBIDDEN_KEYS, inspectGuard } from './inspectGuard.js';
import type { GuardRule } from './types.js';

const safeRules = new WeakMap<object, boolean>();

function isSafe(rule: GuardRule): boolean {
  if (typeof rule !== 'object' || rule === null) return true;
  let safe = safeRules.get(rule);
  if (safe === undefined) {
    safe = inspectGuard(rule).problems.length === 0;
    safeRules.set(rule, safe);
  }
  return safe;
}

/**
 * Copy of JSON data whose objects have no prototype, so a path can only reach own data.
 * Forbidden keys are dropped.
 */
function nullPrototypeCopy(value: unknown, depth = 0): unknown {
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => nullPrototypeCopy(v, depth + 1));
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (!FORBIDDEN_KEYS.has(key)) out[key] = nullPrototypeCopy((value as Record<string, unknown>)[key], depth + 1);
  }
  return out;
}

/**
 * Evaluates a JSON Logic guard over `scope` (`{ data, event, case }`). A rule that
 * `inspectGuard` finds unsafe, one that throws, and one that runs past GUARD_BUDGET count as
 * not satisfied.
 */
export function evaluateGuard(rule: GuardRule, scope: Record<string, unknown>): boolean {
  if (typeof rule === 'boolean') return rule;
  if (!isSafe(rule)) return false;
  try {
    return jsonLogic.truthy(applyBounded(rule, nullPrototypeCopy(scope)));
  } catch {
    return false;
  }
}
