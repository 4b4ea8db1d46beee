import { useEffect, useState } from 'react';
import { validateDefinition } from '../../engine/index.js';
import type { DefinitionResult } from '../../engine/index.js';
import { checkOnServer } from '../api/definitions.js';
import type { JsonObject } from '../model/index.js';

/** How long the designer waits after the last change before checking the definition again. */
export const VALIDATE_DELAY_MS = 300;

// The engine's validateDefinition is pure, but its ajv compiles schemas with `new Function`,
// which the strict CSP (no 'unsafe-eval') forbids in the browser: then the same function runs
// on the server (POST /api/definition-checks) — same findings, same JSON pointers.
let browserCanValidate = true;

async function check(definition: JsonObject): Promise<DefinitionResult> {
  if (browserCanValidate) {
    try {
      return validateDefinition(definition);
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      browserCanValidate = false;
    }
  }
  return checkOnServer(definition);
}

/** The engine's findings on the definition, checked a moment after each change (the newest wins). */
export function useValidation(definition: JsonObject): DefinitionResult | undefined {
  const [result, setResult] = useState<DefinitionResult | undefined>();
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      check(definition).then((r) => { if (current) setResult(r); }, () => { if (current) setResult(undefined); });
    }, VALIDATE_DELAY_MS);
    return () => { current = false; clearTimeout(timer); };
  }, [definition]);
  return result;
}
