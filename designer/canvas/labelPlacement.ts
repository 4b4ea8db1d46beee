/** A rectangle by its top-left corner and size, in the flow's coordinates. */
export interface Rect { x: number; y: number; width: number; height: number }

/** An edge label where React Flow would draw it: centred on (x, y), with the size of its text and background. */
export interface LabelAt { id: string; x: number; y: number; width: number; height: number }

/** How far a label is moved from where it would be drawn. */
export interface Shift { dx: number; dy: number }

/** Room left between two labels, or a label and a box. */
const GAP = 4;
/** Steps tried up and down (then sideways) before a label stays where it overlaps least. */
const STEPS = 6;

const boxOf = (l: LabelAt, s: Shift): Rect => ({ x: l.x - l.width / 2 + s.dx, y: l.y - l.height / 2 + s.dy, width: l.width, height: l.height });

/** The area two rectangles share, with GAP around the first counted as part of it. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width + GAP, b.x + b.width) - Math.max(a.x - GAP, b.x);
  const h = Math.min(a.y + a.height + GAP, b.y + b.height) - Math.max(a.y - GAP, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The shifts tried for a label, nearest first: none, up and down by its height, then sideways by its width. */
function candidates(l: LabelAt): Shift[] {
  const out: Shift[] = [{ dx: 0, dy: 0 }];
  const dy = l.height + GAP;
  for (let k = 1; k <= STEPS; k++) out.push({ dx: 0, dy: k * dy }, { dx: 0, dy: -k * dy });
  const dx = l.width / 2 + GAP;
  for (let k = 1; k <= 2; k++) out.push({ dx: k * dx, dy: 0 }, { dx: -k * dx, dy: 0 });
  return out;
}

/**
 * Moves edge labels apart so that no two are drawn over each other and none covers a state box
 * (`obstacles`, the leaf states: a compound state's box holds its children's edges). Greedy, in
 * reading order: each label takes the nearest of a few shifts (up or down by its own height, then
 * sideways) that overlaps nothing placed before it, or — when every one does — the one that
 * overlaps least. React Flow draws labels at their edge's middle and knows nothing of the others;
 * ELK can place labels itself, but that doubled its time on 300 states (README, bench:designer).
 * Returns a shift for every label that moves.
 */
export function placeLabels(labels: LabelAt[], obstacles: Rect[]): Map<string, Shift> {
  const grid = new Grid();
  for (const box of obstacles) grid.add(box);
  const shifts = new Map<string, Shift>();
  const ordered = [...labels].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  for (const label of ordered) {
    let best: { shift: Shift; cost: number } | undefined;
    for (const shift of candidates(label)) {
      const box = boxOf(label, shift);
      let cost = 0;
      for (const other of grid.near(box)) cost += overlap(box, other);
      if (!best || cost < best.cost) best = { shift, cost };
      if (cost === 0) break;
    }
    const { shift } = best!;
    grid.add(boxOf(label, shift));
    if (shift.dx !== 0 || shift.dy !== 0) shifts.set(label.id, shift);
  }
  return shifts;
}

/** Rectangles by the square cells they touch, so a label is checked against its neighbours only (300 states: 400+ labels). */
class Grid {
  private readonly cells = new Map<string, Rect[]>();
  private static readonly SIZE = 256;

  private *keys(r: Rect) {
    const size = Grid.SIZE;
    for (let i = Math.floor((r.x - GAP) / size); i <= Math.floor((r.x + r.width + GAP) / size); i++) {
      for (let j = Math.floor((r.y - GAP) / size); j <= Math.floor((r.y + r.height + GAP) / size); j++) yield `${i},${j}`;
    }
  }

  add(r: Rect) {
    for (const key of this.keys(r)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(r);
      else this.cells.set(key, [r]);
    }
  }

  /** Every rectangle in a cell `r` touches, each once. */
  near(r: Rect): Set<Rect> {
    const found = new Set<Rect>();
    for (const key of this.keys(r)) for (const other of this.cells.get(key) ?? []) found.add(other);
    return found;
  }
}
