import elkBundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import baugenehmigungJson from '../definitions/baugenehmigung/procedure.json' with { type: 'json' };
import { COMPOUND_ROOM, placeNewStates } from './placeNewStates.js';
import { LEAF_SIZE, placementsFromElk, toElkGraph, unplacedStates } from './statechartLayout.js';
import type { Placements } from './statechartLayout.js';
import type { ProcedureConfig, StateConfig } from './types.js';

const baugenehmigung = baugenehmigungJson as unknown as ProcedureConfig;
const layOut = async (def: ProcedureConfig) => placementsFromElk(await new elkBundled.default().layout(toElkGraph(def)));
type Box = Required<Placements[string]>;
const size = (p: Placements[string]): Box => ({ width: LEAF_SIZE.width, height: LEAF_SIZE.height, ...p });
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Baugenehmigung with extra states: `neu` at the top, `nachtrag` in `verfahren`, `drittens` as a third parallel region with a child. */
function withNewStates(): ProcedureConfig {
  const def = structuredClone(baugenehmigung);
  const states = def.machine.states as Record<string, StateConfig>;
  states.neu = { type: 'final' };
  const verfahren = states.verfahren!;
  verfahren.states!.nachtrag = { type: 'final' };
  verfahren.states!.stellungnahmen!.states!.drittens = { initial: 'offen', states: { offen: { type: 'final' } } };
  return def;
}

/** Every pair of sibling boxes apart, and every child inside its parent's box. */
function expectTidy(def: ProcedureConfig, placements: Placements) {
  const ids = Object.keys(placements).filter((id) => !unplacedStates(def, placements).includes(id));
  const parentOf = (id: string) => id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '';
  for (const a of ids) {
    for (const b of ids) if (a < b && parentOf(a) === parentOf(b)) expect(overlap(size(placements[a]!), size(placements[b]!)), `${a} / ${b}`).toBe(false);
    const parent = parentOf(a);
    if (!parent || !placements[parent]) continue;
    const [inner, outer] = [size(placements[a]!), size(placements[parent]!)];
    expect(inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= outer.width && inner.y + inner.height <= outer.height, `${parent} holds ${a}`).toBe(true);
  }
}

describe('placeNewStates()', () => {
  it('places states added after the layout was stored apart from every other box, the stored ones where they were', async () => {
    const stored: Placements = { ...await layOut(baugenehmigung), geloescht: { x: 0, y: 0 } };
    const def = withNewStates();
    const placed = placeNewStates(def, stored);
    expect(unplacedStates(def, placed)).toEqual([]);
    expect(placed).not.toHaveProperty('geloescht');
    expectTidy(def, placed);
    // Top level: nothing else moved; the new state sits below the lowest box.
    for (const id of ['entwurf', 'verfahren']) expect({ x: placed[id]!.x, y: placed[id]!.y }).toEqual({ x: stored[id]!.x, y: stored[id]!.y });
    expect(placed.neu!.y).toBeGreaterThan(Math.max(...['entwurf', 'verfahren'].map((id) => stored[id]!.y + stored[id]!.height!)));
    // A new region's first child at the top left of its box.
    expect(placed['verfahren.stellungnahmen.drittens.offen']).toMatchObject({ x: COMPOUND_ROOM.left, y: COMPOUND_ROOM.top });
    // The same input gives the same placements; a complete layout is returned unchanged.
    expect(placeNewStates(def, stored)).toEqual(placed);
    expect(placeNewStates(def, placed)).toEqual(placed);
  });

  it('adds three top-level states one after another without overlaps', async () => {
    let def = structuredClone(baugenehmigung);
    let placements = await layOut(def);
    for (const name of ['eins', 'zwei', 'drei']) {
      def = { ...def, machine: { ...def.machine, states: { ...def.machine.states, [name]: { type: 'final' } } } };
      placements = placeNewStates(def, placements);
      expectTidy(def, placements);
    }
  });
});
