import elkBundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import baugenehmigungJson from '../../definitions/baugenehmigung/procedure.json' with { type: 'json' };
import { durationWords } from './durationWords.js';
import { LEAF_SIZE, placementsFromElk, toElkGraph, unplacedStates } from '../../engine/index.js';
import type { Placements, ProcedureConfig } from '../../engine/index.js';
import { toFlow } from './toFlow.js';

const baugenehmigung = baugenehmigungJson as unknown as ProcedureConfig;
const layOut = async (def: ProcedureConfig) => placementsFromElk(await new elkBundled.default().layout(toElkGraph(def)));

/** Two boxes overlap when their rectangles share area. */
const overlap = (a: Required<Placements[string]>, b: Required<Placements[string]>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('toElkGraph()', () => {
  it('nests compound and parallel states and gives leaves explicit sizes', () => {
    const graph = toElkGraph(baugenehmigung);
    const verfahren = graph.children!.find((c) => c.id === 'verfahren')!;
    const stellungnahmen = verfahren.children!.find((c) => c.id === 'verfahren.stellungnahmen')!;
    expect(stellungnahmen.children!.map((c) => c.id)).toEqual(['verfahren.stellungnahmen.brandschutz', 'verfahren.stellungnahmen.denkmalschutz']);
    expect(graph.children!.find((c) => c.id === 'entwurf')).toMatchObject(LEAF_SIZE);
    expect(graph.layoutOptions).toMatchObject({ 'elk.algorithm': 'layered', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' });
  });
});

describe('toFlow() on an ELK layout of Baugenehmigung', () => {
  it('places every state, children inside their parent, no two siblings overlapping', async () => {
    const placements = await layOut(baugenehmigung);
    const { nodes } = toFlow(baugenehmigung, placements, 'de');
    expect(unplacedStates(baugenehmigung, placements)).toEqual([]);
    for (const parent of new Set(nodes.map((n) => n.parentId ?? ''))) {
      const siblings = nodes.filter((n) => (n.parentId ?? '') === parent);
      const boxes = siblings.map((n) => placements[n.id] as Required<Placements[string]>);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${siblings[i]!.id} / ${siblings[j]!.id}`).toBe(false);
      }
      if (!parent) continue;
      const outer = placements[parent]!;
      for (const b of boxes) expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= outer.width! && b.y + b.height <= outer.height!, `${parent} holds its child`).toBe(true);
    }
    // Parallel regions side by side (the layered algorithm puts unconnected siblings in one layer).
    const [fire, monument] = ['verfahren.stellungnahmen.brandschutz', 'verfahren.stellungnahmen.denkmalschutz'].map((id) => placements[id]!);
    expect(fire!.y).toBe(monument!.y);
    // React Flow needs parents before their children.
    const order = nodes.map((n) => n.id);
    for (const n of nodes) if (n.parentId) expect(order.indexOf(n.parentId)).toBeLessThan(order.indexOf(n.id));
  });

  it('labels deadlines in words, events by their title and guarded edges with their guard', () => {
    const { edges, nodes } = toFlow(baugenehmigung, {}, 'de');
    expect(edges.find((e) => e.source === 'verfahren' && e.target === 'genehmigtDurchFiktion')?.label).toBe('nach 3 Monaten');
    const approve = edges.find((e) => e.source === 'verfahren.entscheidung' && e.target === 'genehmigt')!;
    expect(approve.data?.guard).toBe('data.stellungnahmeDenkmal.ergebnis ≠ "versagt"');
    expect(approve.label).toMatch(/\[data\.stellungnahmeDenkmal\.ergebnis ≠ "versagt"\]$/);
    expect(nodes.find((n) => n.id === 'entwurf')?.data).toMatchObject({ title: 'Entwurf', initial: true, kind: 'atomic' });
    expect(nodes.find((n) => n.id === 'verfahren.stellungnahmen')?.data).toMatchObject({ kind: 'parallel', compound: true });
    expect(nodes.find((n) => n.id === 'verfahren.stellungnahmen.brandschutz')?.data.initial).toBe(false);
    expect(toFlow(baugenehmigung, {}, 'en').edges.find((e) => e.source === 'verfahren.stellungnahmen.brandschutz.angefragt' && e.label === 'after 1 month')).toBeDefined();
  });

  it('names the states a stored layout lacks, so only those are laid out', () => {
    expect(unplacedStates(baugenehmigung, { entwurf: { x: 0, y: 0 } })).toContain('verfahren.entscheidung');
    expect(unplacedStates(baugenehmigung, { entwurf: { x: 0, y: 0 } })).not.toContain('entwurf');
  });
});

describe('durationWords()', () => {
  it('reads ISO 8601 durations in German and English', () => {
    expect(durationWords('P14D', 'de')).toBe('nach 14 Tagen');
    expect(durationWords('P1M', 'de')).toBe('nach 1 Monat');
    expect(durationWords('P1M2W', 'de')).toBe('nach 1 Monat und 2 Wochen');
    expect(durationWords('P1Y2M3D', 'en')).toBe('after 1 year, 2 months and 3 days');
    expect(durationWords('frist', 'de')).toBe('frist');
  });
});

describe('toFlow() with the simulation\'s coverage', () => {
  it('labels a transition no path reaches "nicht erreicht" in text and accessible name, the others as reached', () => {
    const { edges: plain } = toFlow(baugenehmigung, {}, 'de');
    const [missed, reached] = [plain[0]!, plain[1]!];
    const { edges } = toFlow(baugenehmigung, {}, 'de', { missed: new Set([missed.id]) });
    const shown = new Map(edges.map((e) => [e.id, e]));
    expect(shown.get(missed.id)).toMatchObject({ label: `${String(missed.label)} · nicht erreicht`, className: 'canvas-edge--missed', data: { coverage: 'missed' } });
    expect(shown.get(missed.id)!.ariaLabel).toBe(`${missed.ariaLabel!}, nicht erreicht`);
    expect(shown.get(reached.id)).toMatchObject({ label: reached.label, className: 'canvas-edge--reached', data: { coverage: 'reached' } });
    expect(shown.get(reached.id)!.ariaLabel).toBe(`${reached.ariaLabel!}, von den Pfaden erreicht`);
    // Without an overlay the edges are as they were.
    expect(plain.every((e) => e.className === undefined && e.data?.coverage === undefined)).toBe(true);
    expect(toFlow(baugenehmigung, {}, 'en', { missed: new Set([missed.id]) }).edges.find((e) => e.id === missed.id)!.label).toMatch(/ · not reached$/);
  });
});
