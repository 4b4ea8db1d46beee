/**
 * Names of the built-in effects, in the order of their params in effectParams.ts (which checks
 * that both agree). Kept apart from the TypeBox schemas: workflow code needs the names only, and
 * every case would otherwise evaluate TypeBox when it starts (issue 14).
 */
export const EFFECT_TYPE_NAMES = ['receipt', 'createEFile', 'fileDocument', 'renderDocument', 'sign', 'notify', 'requestConsent', 'openSealed'] as const;

/** Built-in effect types; the engine returns them as data, workers carry them out. */
export const EFFECT_TYPES: (typeof EFFECT_TYPE_NAMES)[number][] = [...EFFECT_TYPE_NAMES];
