import { objectAt } from './json.js';
import type { JsonObject } from './json.js';

/** At most this many life situations per procedure (the meta-schema's `maxItems`). */
export const MAX_LIFE_SITUATIONS = 10;

type Text = { de: string; en: string };

/** The procedure's life situations as a new array (none: empty). */
export const listLifeSituations = (def: JsonObject): unknown[] => (Array.isArray(def.lifeSituations) ? [...(def.lifeSituations as unknown[])] : []);

/**
 * The index of the entry `text` would clash with (skipping `except`), or -1. Entries clash when
 * they are equal (the meta-schema's `uniqueItems`) or share a German or an English text: the
 * portal's catalogue groups by them, so two groups of the same name would confuse.
 */
export function lifeSituationClash(def: JsonObject, text: Text, except = -1): number {
  return listLifeSituations(def).findIndex((raw, i) => {
    if (i === except) return false;
    const other = objectAt(raw);
    const same = (language: 'de' | 'en') => other[language] === text[language];
    return (same('de') && same('en')) || (!!text.de && same('de')) || (!!text.en && same('en'));
  });
}

const store = (def: JsonObject, list: unknown[]) => {
  if (list.length) def.lifeSituations = list;
  else delete def.lifeSituations;
};

const checkIndex = (list: unknown[], index: number) => {
  if (index < 0 || index >= list.length) throw new Error(`no life situation ${index}`);
};

const checkClash = (def: JsonObject, text: Text, except?: number) => {
  const clash = lifeSituationClash(def, text, except);
  if (clash >= 0) throw new Error(`life situation ${clash + 1} has the same text`);
};

/** Appends a life situation (possibly empty, to be filled in); returns its index. Refused past {@link MAX_LIFE_SITUATIONS} and for a clash. */
export function addLifeSituation(def: JsonObject, text: Text): number {
  const list = listLifeSituations(def);
  if (list.length >= MAX_LIFE_SITUATIONS) throw new Error(`at most ${MAX_LIFE_SITUATIONS} life situations`);
  checkClash(def, text);
  list.push(text);
  store(def, list);
  return list.length - 1;
}

/** Changes a life situation's texts (refused when it would clash with another); other fields of the entry stay. */
export function setLifeSituation(def: JsonObject, index: number, text: Text): void {
  const list = listLifeSituations(def);
  checkIndex(list, index);
  checkClash(def, text, index);
  list[index] = { ...objectAt(list[index]), ...text };
  store(def, list);
}

/** Removes a life situation; the last one takes `lifeSituations` with it. */
export function removeLifeSituation(def: JsonObject, index: number): void {
  const list = listLifeSituations(def);
  checkIndex(list, index);
  list.splice(index, 1);
  store(def, list);
}

/** Moves a life situation up (-1) or down (+1): the portal shows them in this order. Returns its new index. */
export function moveLifeSituation(def: JsonObject, index: number, by: -1 | 1): number {
  const list = listLifeSituations(def);
  const to = index + by;
  checkIndex(list, index);
  checkIndex(list, to);
  [list[index], list[to]] = [list[to], list[index]];
  store(def, list);
  return to;
}
