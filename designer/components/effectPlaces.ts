import type { TFunction } from 'i18next';
import { EFFECT_PARAMS, fieldTexts } from '../../engine/index.js';
import { listStates, listTransitions } from '../model/index.js';
import type { EffectPlace, JsonObject, Trigger } from '../model/index.js';

/** A place where effects run, with a stable key for a select and its label. */
export interface PlaceOption {
  key: string;
  place: EffectPlace;
  label: string;
}

/**
 * Every place of the definition where effects can run, in document order: each transition's
 * actions, then each state's entry and exit.
 */
export function effectPlaces(def: JsonObject, t: TFunction): PlaceOption[] {
  const options: PlaceOption[] = listTransitions(def).map((row) => {
    const place: EffectPlace = { kind: 'transition', ref: { source: row.source, trigger: row.trigger, index: row.index } };
    const alternative = row.count > 1 ? ` (${row.index + 1}/${row.count})` : '';
    return {
      key: placeKey(place),
      place,
      label: t('effects.onTransition', { source: row.source, trigger: triggerText(row.trigger), target: `${row.target ? ` → ${row.target}` : ''}${alternative}` }),
    };
  });
  for (const state of listStates(def)) {
    for (const kind of ['entry', 'exit'] as const) options.push({ key: placeKey({ kind, state: state.id }), place: { kind, state: state.id }, label: t(`effects.${kind}`, { state: state.id }) });
  }
  return options;
}

const triggerText = (trigger: Trigger) => (trigger.kind === 'event' ? trigger.event : trigger.kind === 'after' ? `after ${trigger.delay}` : 'always');

/** The key of a place in the effects panel's menu (also how a finding about an effect chooses its place). */
export function placeKey(place: EffectPlace): string {
  return place.kind === 'transition' ? `t|${place.ref.source}|${triggerText(place.ref.trigger)}|${place.ref.index}` : `${place.kind}|${place.state}`;
}

/** The parameter schema of a built-in effect type (from the engine's declaration), or undefined for an unknown type. */
export function effectSchema(type: string): Record<string, unknown> | undefined {
  const schemas = EFFECT_PARAMS as unknown as Record<string, Record<string, unknown>>;
  return Object.hasOwn(schemas, type) ? schemas[type] : undefined;
}

/** Whether an effect type's schema declares parameters at all (receipt has none). */
export const hasParams = (schema: Record<string, unknown>): boolean => Object.keys((schema.properties ?? {}) as object).length > 0;

/** The effect type's title in `language`, from its schema's texts (the type's name for an unknown one). */
export function effectTitle(type: string, language: string): string {
  const schema = effectSchema(type);
  return (schema && fieldTexts(schema, language).title) ?? type;
}

/** The effect type's description in `language` (empty for an unknown type). */
export function effectDescription(type: string, language: string): string {
  const schema = effectSchema(type);
  return (schema && fieldTexts(schema, language).description) ?? '';
}

/** Names of the built-in effect types, in the engine's order. */
export const effectTypes = (): string[] => Object.keys(EFFECT_PARAMS);

/** An effect's params as label and value, labels from its type's schema in `language` (for the list). */
export function paramsSummary(schema: Record<string, unknown>, params: unknown, language: string): { key: string; label: string; value: string }[] {
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const values = params && typeof params === 'object' && !Array.isArray(params) ? (params as Record<string, unknown>) : {};
  return Object.entries(values).map(([key, value]) => ({
    key,
    label: (props[key] && fieldTexts(props[key], language).title) ?? key,
    value: typeof value === 'string' ? value : isLocalized(value) ? String(value[language] ?? value.de) : JSON.stringify(value),
  }));
}

const isLocalized = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && 'de' in v;
