import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { resolveDefinition } from './resolveDefinition.js';
import type { ProcedureConfig } from './types.js';

/** Where one state box sits: top-left corner relative to its parent's box; size of compound boxes. */
export interface NodePlacement {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

/** A canvas layout: placements keyed by state path (`verfahren.stellungnahmen`). */
export type Placements = Record<string, NodePlacement>;

/** Size of a leaf state's box; compound boxes get their size from the layout. */
export const LEAF_SIZE = { width: 220, height: 88 } as const;
/** Room above a compound state's children for its title. */
const COMPOUND_PADDING = '[top=56,left=24,bottom=24,right=24]';

/**
 * The ELK graph of a statechart: one node per state with explicit leaf sizes, nested states as
 * children of their compound node (parallel regions have no edges between them, so the layered
 * algorithm puts them side by side), one edge per transition, laid out across the hierarchy at
 * once (`INCLUDE_CHILDREN`). Plain data: the designer's web worker and the server's worker thread
 * lay out the same graph, so a layout the server stores looks as the canvas would have drawn it.
 */
export function toElkGraph(definition: ProcedureConfig): ElkNode {
  const { states, transitions } = resolveDefinition(definition);
  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.spacing.nodeNode': '48', 'elk.layered.spacing.nodeNodeBetweenLayers': '88',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: [], edges: [],
  };
  for (const s of states) {
    // Nested states get the root's room between layers as well (ELK's default there is 20 px):
    // an edge label between two nested boxes needs it (the designer's labelShifts).
    const node: ElkNode = s.children.length > 0
      ? { id: s.id, children: [], layoutOptions: { 'elk.padding': COMPOUND_PADDING, 'elk.layered.spacing.nodeNodeBetweenLayers': '88' } }
      : { id: s.id, ...LEAF_SIZE };
    elkNodes.set(s.id, node);
    (s.parent ? elkNodes.get(s.parent)! : root).children!.push(node);
  }
  // No edge labels for ELK: React Flow draws each label at its own edge's middle, and labels
  // doubled ELK's time on 300 states; the room between layers is kept for them instead.
  root.edges = transitions.map((t): ElkExtendedEdge => ({ id: t.id, sources: [t.source], targets: [t.target ?? t.source] }));
  return root;
}

/** The state paths of a definition that a layout does not place (new states since it was saved). */
export function unplacedStates(definition: ProcedureConfig, placements: Placements): string[] {
  return resolveDefinition(definition).states.map((s) => s.id).filter((id) => !Object.hasOwn(placements, id));
}

/** The placements ELK computed (positions relative to the parent, as React Flow's `parentId` wants). */
export function placementsFromElk(laidOut: ElkNode): Placements {
  const placements: Placements = {};
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      placements[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0), width: Math.round(child.width ?? LEAF_SIZE.width), height: Math.round(child.height ?? LEAF_SIZE.height) };
      visit(child);
    }
  };
  visit(laidOut);
  return placements;
}
