import { resolveDefinition } from './resolveDefinition.js';
import { LEAF_SIZE } from './statechartLayout.js';
import type { NodePlacement, Placements } from './statechartLayout.js';
import type { ProcedureConfig } from './types.js';

/** Room inside a compound box: above its children for the title, and on the other sides. */
export const COMPOUND_ROOM = { top: 56, left: 24, bottom: 24, right: 24 } as const;
/** Gap below the lowest box before a new one (the room ELK leaves between layers, for edge labels). */
const GAP = 88;

type Box = Required<NodePlacement>;
const boxOf = (p: NodePlacement): Box => ({ x: p.x, y: p.y, width: p.width ?? LEAF_SIZE.width, height: p.height ?? LEAF_SIZE.height });

/**
 * Places the states a stored layout does not know yet (added since it was saved) without laying
 * the others out again: each new state goes below the lowest of its siblings, left-aligned with
 * them; a compound box that must grow to hold it grows downwards (and to the right for its first
 * child), and the boxes beside it that the growth would cover move down or right by as much —
 * the only stored positions that change. Places of states that no longer exist are dropped.
 * Parents are placed before their children. Pure.
 */
export function placeNewStates(definition: ProcedureConfig, stored: Placements): Placements {
  const { states } = resolveDefinition(definition);
  const parentOf = new Map(states.map((s) => [s.id, s.parent]));
  const childrenOf = (parent: string | undefined) => states.filter((s) => s.parent === parent && Object.hasOwn(placed, s.id)).map((s) => s.id);
  const placed: Record<string, Box> = {};
  for (const s of states) if (Object.hasOwn(stored, s.id)) placed[s.id] = boxOf(stored[s.id]!);

  /** Makes `id` (a compound) at least `width` × `height`, pushing aside the siblings its growth covers; then its parent, and so on up. */
  const grow = (id: string, width: number, height: number) => {
    const box = placed[id]!;
    const old = { ...box };
    box.width = Math.max(box.width, width);
    box.height = Math.max(box.height, height);
    if (box.width === old.width && box.height === old.height) return;
    const parent = parentOf.get(id);
    const siblings = childrenOf(parent).filter((other) => other !== id).map((other) => placed[other]!);
    const need = (axis: 'x' | 'y', size: 'width' | 'height') => Math.max(0, ...siblings.filter((b) => overlaps(b, box) && b[axis] >= old[axis] + old[size]).map((b) => box[axis] + box[size] + GAP / 2 - b[axis]));
    const down = need('y', 'height');
    for (const b of siblings) if (b.y >= old.y + old.height) b.y += down;
    const right = need('x', 'width');
    for (const b of siblings) if (b.x >= old.x + old.width) b.x += right;
    if (parent !== undefined) fitChildren(parent);
  };
  /** Grows a compound box until it holds all its children with room around them. */
  const fitChildren = (id: string) => {
    const inside = childrenOf(id).map((c) => placed[c]!);
    grow(id, Math.max(...inside.map((b) => b.x + b.width)) + COMPOUND_ROOM.right, Math.max(...inside.map((b) => b.y + b.height)) + COMPOUND_ROOM.bottom);
  };

  for (const s of states) {
    if (Object.hasOwn(placed, s.id)) continue;
    const siblings = childrenOf(s.parent).map((id) => placed[id]!);
    const top = s.parent === undefined ? 0 : COMPOUND_ROOM.top;
    const left = s.parent === undefined ? 0 : COMPOUND_ROOM.left;
    placed[s.id] = siblings.length === 0
      ? { x: left, y: top, ...LEAF_SIZE }
      : { x: Math.min(...siblings.map((b) => b.x)), y: Math.max(...siblings.map((b) => b.y + b.height)) + GAP, ...LEAF_SIZE };
    if (s.parent !== undefined) fitChildren(s.parent);
  }
  // Only the states there are: a place kept for a deleted state could cover a new one when it comes back (redo).
  const result: Placements = {};
  for (const [id, b] of Object.entries(placed)) {
    const before = stored[id];
    const same = before && before.x === b.x && before.y === b.y && (before.width ?? LEAF_SIZE.width) === b.width && (before.height ?? LEAF_SIZE.height) === b.height;
    result[id] = same ? before : b;
  }
  return result;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
