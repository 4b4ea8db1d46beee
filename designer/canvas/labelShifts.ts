import { Position, getBezierPath } from '@xyflow/react';
import { placeLabels } from './labelPlacement.js';
import type { LabelAt, Rect, Shift } from './labelPlacement.js';
import type { StateNode, TransitionEdge } from './toFlow.js';

/** Width and height of a label's text as drawn (font size 12 px, see canvas.css). */
export type MeasureText = (text: string) => { width: number; height: number };

/** React Flow's padding of a label's background rectangle (its `labelBgPadding` default). */
const PADDING = { x: 2, y: 4 };

/** Rough width of a 12 px label without a browser (unit tests): 6.5 px per character, 15 px high. */
export const estimateText: MeasureText = (text) => ({ width: text.length * 6.5, height: 15 });

/** Every node's box in the flow's coordinates (positions of nested states are relative to their parent). */
export function absoluteBoxes(nodes: StateNode[]): Map<string, Rect> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, Rect>();
  const boxOf = (n: StateNode): Rect => {
    const known = boxes.get(n.id);
    if (known) return known;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const origin = parent ? boxOf(parent) : { x: 0, y: 0 };
    const box = { x: origin.x + n.position.x, y: origin.y + n.position.y, width: n.width ?? 0, height: n.height ?? 0 };
    boxes.set(n.id, box);
    return box;
  };
  for (const n of nodes) boxOf(n);
  return boxes;
}

/**
 * Where each labelled edge's label goes so that labels neither cover each other nor a state box:
 * the middle of the same bezier React Flow draws (source handle at the bottom of a box, target at
 * the top), moved by `placeLabels`. Recomputed whenever a box moves.
 */
export function labelShifts(nodes: StateNode[], edges: TransitionEdge[], measure: MeasureText): Map<string, Shift> {
  const boxes = absoluteBoxes(nodes);
  const labels: LabelAt[] = [];
  for (const e of edges) {
    const from = boxes.get(e.source);
    const to = boxes.get(e.target);
    if (!from || !to || typeof e.label !== 'string' || !e.label) continue;
    const [, x, y] = getBezierPath({
      sourceX: from.x + from.width / 2, sourceY: from.y + from.height, sourcePosition: Position.Bottom,
      targetX: to.x + to.width / 2, targetY: to.y, targetPosition: Position.Top,
    });
    const text = measure(e.label);
    labels.push({ id: e.id, x, y, width: text.width + 2 * PADDING.x, height: text.height + 2 * PADDING.y });
  }
  const leaves = nodes.filter((n) => !n.data.compound).map((n) => boxes.get(n.id)!);
  return placeLabels(labels, leaves);
}
