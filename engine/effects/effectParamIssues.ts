import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from '../createAjv.js';
import { issue, pointer } from '../DefinitionIssue.js';
import type { DefinitionIssue } from '../DefinitionIssue.js';
import { localizeAjvError } from '../localizeAjvError.js';
import { EFFECT_PARAMS, EFFECT_TYPES } from './effectParams.js';
import type { EffectType } from './effectParams.js';

const allowed = (type: EffectType) => Object.keys(EFFECT_PARAMS[type].properties);
const allowedText = (type: EffectType, language: 'de' | 'en') => {
  const names = allowed(type);
  if (language === 'de') return names.length ? `erlaubt: ${names.join(', ')}` : `${type} hat keine Parameter`;
  return names.length ? `allowed: ${names.join(', ')}` : `${type} takes no parameters`;
};

/**
 * One ajv error about the params of a `type` effect as a finding that names the effect type and
 * the parameter. `paramsAt` is the JSON pointer of the params object, `inside` the error's
 * pointer below it.
 */
function paramIssue(type: EffectType, error: ErrorObject, paramsAt: string, inside: string): DefinitionIssue {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties' && inside === '') {
    const name = String(p.additionalProperty);
    return issue(`${paramsAt}${pointer(name)}`, 'effect-param-unknown',
      `${type}: unbekannter Parameter „${name}“ (${allowedText(type, 'de')}).`, `${type}: unknown parameter "${name}" (${allowedText(type, 'en')}).`);
  }
  if (error.keyword === 'required' && inside === '') {
    const name = String(p.missingProperty);
    return issue(`${paramsAt}${pointer(name)}`, 'effect-param-missing', `${type}: Parameter „${name}“ fehlt.`, `${type}: parameter "${name}" is missing.`);
  }
  const found = localizeAjvError({ ...error, instancePath: inside }, paramsAt);
  const at = found.path.slice(paramsAt.length + 1);
  const [de, en] = at ? [`${type}, Parameter „${at}“`, `${type}, parameter "${at}"`] : [`${type}, Parameter`, `${type}, parameters`];
  return { path: found.path, code: 'effect-param-invalid', message: { de: `${de}: ${found.message.de}`, en: `${en}: ${found.message.en}` } };
}

const THEN = /^#\/\$defs\/effect\/allOf\/(\d+)\/then\/(.*)$/;

/**
 * A meta-schema error about an effect's params (`#/$defs/effect`, see effectSchema.ts) as a
 * finding that names the effect type and the parameter, e.g. „renderDocument: unbekannter
 * Parameter „title““; undefined for any other error.
 */
export function effectParamIssue(error: ErrorObject): DefinitionIssue | undefined {
  const match = THEN.exec(error.schemaPath);
  const type = match ? EFFECT_TYPES[Number(match[1])] : undefined;
  if (!match || !type) return undefined;
  if (error.keyword === 'required' && (error.params as { missingProperty?: string }).missingProperty === 'params') {
    return issue(`${error.instancePath}/params`, 'effect-params-missing',
      `${type}: Parameter fehlen (${allowed(type).join(', ')}).`, `${type}: parameters are missing (${allowed(type).join(', ')}).`);
  }
  // How deep below params the error sits: one level per `properties/<name>` or `items` on its schema path.
  const below = match[2]!.replace(/^properties\/params\/?/, '').split('/');
  let depth = 0;
  for (let i = 0; i < below.length; i++) {
    if (below[i] === 'properties') { depth++; i++; } else if (below[i] === 'items') depth++;
  }
  const segments = error.instancePath.split('/');
  const inside = segments.slice(segments.length - depth).join('/');
  const paramsAt = segments.slice(0, segments.length - depth).join('/');
  return paramIssue(type, error, paramsAt, depth ? `/${inside}` : '');
}

let validators: Map<EffectType, ValidateFunction> | undefined;

/**
 * Checks the params of one effect against its type's schema, as the worker does before a
 * handler runs (a definition started without validation must not reach a handler with params
 * its types do not allow). Findings point below `at`, the effect's JSON pointer.
 */
export function checkEffectParams(effect: { type: string; params?: unknown }, at = ''): DefinitionIssue[] {
  const type = EFFECT_TYPES.find((t) => t === effect.type);
  if (!type) return [issue(`${at}/type`, 'effect-unknown', `Unbekannte Wirkung „${effect.type}“.`, `Unknown effect type "${effect.type}".`)];
  if (!validators) {
    const ajv = createAjv();
    validators = new Map(EFFECT_TYPES.map((t) => [t, ajv.compile(EFFECT_PARAMS[t])]));
  }
  const validate = validators.get(type)!;
  if (validate(effect.params ?? {})) return [];
  return (validate.errors ?? []).map((e) => paramIssue(type, e, `${at}/params`, e.instancePath));
}
