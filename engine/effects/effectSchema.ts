import { EFFECT_PARAMS, EFFECT_TYPES } from './effectParams.js';

/** Whether an effect type's params have required members (then `params` itself is required). */
const needsParams = (schema: { required?: readonly string[] }) => (schema.required?.length ?? 0) > 0;

/**
 * `#/$defs/effect` of the procedure meta-schema, built from the parameter schemas of
 * `EFFECT_PARAMS`: an effect is `{ type, params }`, and for each known type its params must match
 * that type's schema. An unknown type passes here and is reported, with the known ones, by the
 * static analysis (checkReferences).
 */
export function effectSchema(): Record<string, unknown> {
  return {
    type: 'object', required: ['type'], additionalProperties: false,
    properties: { type: { type: 'string' }, params: { type: 'object' } },
    allOf: EFFECT_TYPES.map((type) => {
      const params = EFFECT_PARAMS[type];
      return {
        if: { required: ['type'], properties: { type: { const: type } } },
        then: { properties: { params }, ...(needsParams(params) ? { required: ['params'] } : {}) },
      };
    }),
  };
}
