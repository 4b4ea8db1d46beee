import { useEffect, useState } from 'react';
import { validateDefinition } from '../../engine/index.js';
import type { DefinitionResult } from '../../engine/index.js';
import type { JsonObject } from '../model/index.js';

/** How long the designer waits after the last change before checking the definition again. */
export const VALIDATE_DELAY_MS = 250;

/** The engine's findings on the definition, checked in the browser a moment after each change. */
export function useValidation(definition: JsonObject): DefinitionResult | undefined {
  const [result, setResult] = useState<DefinitionResult | undefined>();
  useEffect(() => {
    const timer = setTimeout(() => setResult(validateDefinition(definition)), VALIDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [definition]);
  return result;
}
