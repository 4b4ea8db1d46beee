import elkBundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import baugenehmigungJson from '../../definitions/baugenehmigung/procedure.json' with { type: 'json' };
import type { ProcedureConfig } from '../../engine/index.js';
import { generateStatechart } from './generateStatechart.js';
import { placeLabels } from './labelPlacement.js';
import type { LabelAt, Rect } from './labelPlacement.js';
import { absoluteBoxes, estimateText, labelShifts } from './labelShifts.js';
import { placementsFromElk, toElkGraph } from '../../engine/index.js';
import { toFlow } from './toFlow.js';

const baugenehmigung = baugenehmigungJson as unknown as ProcedureConfig;
const layOut = async (def: ProcedureConfig) => placementsFromElk(await new elkBundled.default().layout(toElkGraph(def)));
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The label boxes as drawn after the shifts (PADDING as in labelShifts), and the leaf boxes. */
async function drawn(def: ProcedureConfig) {
  const { nodes, edges } = toFlow(def, await layOut(def), 'de');
  const shifts = labelShifts(nodes, edges, estimateText);
  const boxes = absoluteBoxes(nodes);
  // Recompute where each label sits, the same way labelShifts does, plus its shift.
  const { getBezierPath, Position } = await import('@xyflow/react');
  const labels = edges.filter((e) => typeof e.label === 'string' && e.label).map((e) => {
    const from = boxes.get(e.source)!;
    const to = boxes.get(e.target)!;
    const [, x, y] = getBezierPath({ sourceX: from.x + from.width / 2, sourceY: from.y + from.height, sourcePosition: Position.Bottom, targetX: to.x + to.width / 2, targetY: to.y, targetPosition: Position.Top });
    const { width, height } = estimateText(e.label as string);
    const s = shifts.get(e.id) ?? { dx: 0, dy: 0 };
    return { id: e.id, box: { x: x - (width + 4) / 2 + s.dx, y: y - (height + 8) / 2 + s.dy, width: width + 4, height: height + 8 } };
  });
  const leaves = nodes.filter((n) => !n.data.compound).map((n) => ({ id: n.id, box: boxes.get(n.id)! }));
  return { labels, leaves, shifts };
}

const collisions = (labels: { id: string; box: Rect }[], leaves: { id: string; box: Rect }[]) => {
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) found.push(`${a.id} / ${b.id}`);
    for (const b of leaves) if (overlap(a.box, b.box)) found.push(`${a.id} on ${b.id}`);
  });
  return found;
};

describe('placeLabels()', () => {
  it('moves the second of two labels at one spot below the first, and leaves a free label alone', () => {
    const labels: LabelAt[] = [{ id: 'a', x: 100, y: 100, width: 80, height: 20 }, { id: 'b', x: 110, y: 100, width: 80, height: 20 }, { id: 'c', x: 400, y: 100, width: 40, height: 20 }];
    const shifts = placeLabels(labels, []);
    expect(shifts.get('a')).toBeUndefined();
    expect(shifts.get('b')).toEqual({ dx: 0, dy: 24 });
    expect(shifts.has('c')).toBe(false);
  });

  it('moves a label off a state box', () => {
    const shifts = placeLabels([{ id: 'a', x: 100, y: 100, width: 60, height: 20 }], [{ x: 50, y: 60, width: 220, height: 50 }]);
    const s = shifts.get('a')!;
    expect(overlap({ x: 70 + s.dx, y: 90 + s.dy, width: 60, height: 20 }, { x: 50, y: 60, width: 220, height: 50 })).toBe(false);
  });
});

describe('labelShifts() on ELK layouts', () => {
  it('draws no Baugenehmigung label over another label or a state box (the guard on "Ablehnen" and the deadlines were)', async () => {
    const { labels, leaves, shifts } = await drawn(baugenehmigung);
    expect(shifts.size).toBeGreaterThan(0); // without the shifts, labels overlapped
    expect(collisions(labels, leaves)).toEqual([]);
  });

  it('keeps the labels of a generated 300-state chart apart as well (its nested states have room between their layers for them)', async () => {
    const { labels, leaves } = await drawn(generateStatechart(300) as ProcedureConfig);
    expect(collisions(labels, leaves)).toEqual([]);
  });
});
