import type { EffectPlace } from './effectOps.js';
import { objectAt } from './json.js';
import type { JsonObject } from './json.js';
import { findState } from './stateTree.js';
import { entryOf } from './transitions.js';
import type { TransitionRef, Trigger } from './transitions.js';

/** The element of the text view a finding's JSON pointer is about, and which of its fields. */
export type PointerTarget =
  | { kind: 'state'; id: string; field?: string }
  | { kind: 'transition'; ref: TransitionRef; field?: string }
  | { kind: 'effect'; place: EffectPlace; index: number; field?: string }
  | { kind: 'event'; name: string; field?: string }
  | { kind: 'role'; name: string; field?: string }
  | { kind: 'recipient'; name: string; field?: string }
  | { kind: 'consentPurpose'; id: string; field?: string }
  | { kind: 'lifeSituation'; index: number; field?: string }
  | { kind: 'definition'; field?: string };

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const isIndex = (s: string | undefined) => /^\d+$/.test(s ?? '');

/** An effect at `place` when the pointer goes on into its list (`…/actions/2/params/to`), with its path below the effect. */
function effectAt(place: EffectPlace, seg: string[], i: number): PointerTarget | undefined {
  if (!isIndex(seg[i])) return undefined;
  const below = seg.slice(i + 1).join('/');
  return { kind: 'effect', place, index: Number(seg[i]), ...(below ? { field: below } : {}) };
}

/** Maps a JSON pointer of `validateDefinition` to the element the designer shows it on. */
export function pointerTarget(def: JsonObject, pointer: string): PointerTarget {
  const seg = pointer.split('/').slice(1).map(unescape);
  if (seg[0] === 'events' && seg[1]) return { kind: 'event', name: seg[1], ...(seg[2] ? { field: seg[2] } : {}) };
  if (seg[0] === 'roles' && seg[1]) return { kind: 'role', name: seg[1], ...(seg[2] ? { field: seg[2] } : {}) };
  // Fields of recipients, consent purposes and life situations: their path below the entry (`title/en`, `en`).
  const rest = seg.slice(2).join('/');
  const below = rest ? { field: rest } : {};
  if (seg[0] === 'recipients' && seg[1]) return { kind: 'recipient', name: seg[1], ...below };
  if (seg[0] === 'consentPurposes' && seg[1]) return { kind: 'consentPurpose', id: seg[1], ...below };
  if (seg[0] === 'lifeSituations' && isIndex(seg[1])) return { kind: 'lifeSituation', index: Number(seg[1]), ...below };
  if (seg[0] !== 'machine' || seg[1] !== 'states' || !seg[2]) return { kind: 'definition', ...(seg[0] ? { field: seg[0] } : {}) };
  const names = [seg[2]];
  let i = 3;
  while (seg[i] === 'states' && seg[i + 1] && findState(def, [...names, seg[i + 1]!].join('.'))) {
    names.push(seg[i + 1]!);
    i += 2;
  }
  const id = names.join('.');
  const holder = seg[i];
  let trigger: Trigger | undefined;
  if (holder === 'on' && seg[i + 1]) { trigger = { kind: 'event', event: seg[i + 1]! }; i += 2; }
  else if (holder === 'after' && seg[i + 1]) { trigger = { kind: 'after', delay: seg[i + 1]! }; i += 2; }
  else if (holder === 'always') { trigger = { kind: 'always' }; i += 1; }
  if (!trigger) {
    const effect = holder === 'entry' || holder === 'exit' ? effectAt({ kind: holder, state: id }, seg, i + 1) : undefined;
    return effect ?? { kind: 'state', id, ...(holder ? { field: holder } : {}) };
  }
  const entry = entryOf(objectAt(findState(def, id)), trigger);
  let index = 0;
  if (Array.isArray(entry) && isIndex(seg[i])) { index = Number(seg[i]); i += 1; }
  const field = seg[i];
  const ref = { source: id, trigger, index };
  const effect = field === 'actions' ? effectAt({ kind: 'transition', ref }, seg, i + 1) : undefined;
  return effect ?? { kind: 'transition', ref, ...(field ? { field } : {}) };
}
