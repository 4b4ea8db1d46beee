import { MarkerType } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { resolveDefinition } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import type { ProcedureConfig, StateInfo, TransitionInfo } from '../../engine/index.js';
import { durationWords } from './durationWords.js';
import { guardWords } from './guardWords.js';

/** Where one state box sits: top-left corner relative to its parent's box; size of compound boxes. */
export interface NodePlacement {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

/** A canvas layout: placements keyed by state path (`verfahren.stellungnahmen`). */
export type Placements = Record<string, NodePlacement>;

/** What a state box shows. */
export interface StateNodeData extends Record<string, unknown> {
  path: string;
  title: string;
  kind: StateInfo['kind'];
  initial: boolean;
  compound: boolean;
}

/** A state on the canvas (React Flow node; `parentId` for nested states). */
export type StateNode = Node<StateNodeData, 'state'>;
/** A transition on the canvas: its label names the event (or deadline) and the guard. */
export type TransitionEdge = Edge<{ trigger: string; guard?: string; coverage?: 'reached' | 'missed' }>;

/** Which transitions the simulation's generated paths reach: the ids of those they miss. */
export interface CoverageOverlay { missed: ReadonlySet<string> }

/** Size of a leaf state's box; compound boxes get their size from the layout. */
export const LEAF_SIZE = { width: 220, height: 88 } as const;
/** Room above a compound state's children for its title. */
const COMPOUND_PADDING = '[top=56,left=24,bottom=24,right=24]';

const depth = (path: string) => path.split('.').length - 1;
const titleOf = (s: StateInfo, language: string) => localized(s.config.meta?.title, language) || s.id.split('.').at(-1)!;

/** The label of a transition's trigger: event title or name, deadline in words, "done", "always". */
function triggerWords(t: TransitionInfo, definition: ProcedureConfig, language: string): string {
  const de = language !== 'en';
  switch (t.trigger.kind) {
    case 'event': return localized(definition.events[t.trigger.event]?.title, language) || t.trigger.event;
    case 'after': return durationWords(t.trigger.delay, language);
    case 'done': return de ? 'wenn abgeschlossen' : 'when done';
    case 'always': return de ? 'sofort' : 'immediately';
  }
}

/** Label text of a transition: trigger, and the guard in brackets when it has one. */
function edgeLabel(t: TransitionInfo, definition: ProcedureConfig, language: string): { trigger: string; guard?: string; label: string } {
  const trigger = triggerWords(t, definition, language);
  if (t.guard === undefined) return { trigger, label: trigger };
  const guard = guardWords(t.guard, language);
  return { trigger, guard, label: `${trigger} [${guard}]` };
}

const isInitial = (s: StateInfo, definition: ProcedureConfig, byId: Map<string, StateInfo>) => {
  const siblingsInitial = s.parent ? byId.get(s.parent)!.config.initial : definition.machine.initial;
  const parentKind = s.parent ? byId.get(s.parent)!.kind : 'compound';
  return parentKind !== 'parallel' && siblingsInitial === s.id.split('.').at(-1);
};

/**
 * The ELK graph of a statechart: one node per state with explicit leaf sizes, nested states as
 * children of their compound node (parallel regions have no edges between them, so the layered
 * algorithm puts them side by side), one edge per transition, laid out
 * across the hierarchy at once (`INCLUDE_CHILDREN`).
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
    const node: ElkNode = s.children.length > 0
      ? { id: s.id, children: [], layoutOptions: { 'elk.padding': COMPOUND_PADDING } }
      : { id: s.id, ...LEAF_SIZE };
    elkNodes.set(s.id, node);
    (s.parent ? elkNodes.get(s.parent)! : root).children!.push(node);
  }
  // No edge labels for ELK: React Flow draws each label at its own edge's middle, and labels
  // doubled ELK's time on 300 states; the room between layers is kept for them instead.
  root.edges = transitions.map((t): ElkExtendedEdge => ({ id: t.id, sources: [t.source], targets: [t.target ?? t.source] }));
  return root;
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

/** The state paths of a definition that a layout does not place (new states since it was saved). */
export function unplacedStates(definition: ProcedureConfig, placements: Placements): string[] {
  return resolveDefinition(definition).states.map((s) => s.id).filter((id) => !Object.hasOwn(placements, id));
}

const MISSED = { de: 'nicht erreicht', en: 'not reached' } as const;
const REACHED = { de: 'von den Pfaden erreicht', en: 'reached by the paths' } as const;

/**
 * React Flow nodes and edges of a statechart at the given placements: parents before their
 * children (`parentId`, kept inside with `extent: 'parent'`), edge labels with the event title,
 * deadlines in words ("nach 14 Tagen") and guards; a targetless transition loops on its state.
 * With a coverage overlay, a transition no generated path reaches says so in its label and
 * accessible name ("nicht erreicht") and is drawn dashed — text first, the style only repeats it.
 */
export function toFlow(definition: ProcedureConfig, placements: Placements, language: string, coverage?: CoverageOverlay): { nodes: StateNode[]; edges: TransitionEdge[] } {
  const lang = language === 'en' ? 'en' : 'de';
  const { states, transitions } = resolveDefinition(definition);
  const byId = new Map(states.map((s) => [s.id, s]));
  const nodes = states.map((s): StateNode => {
    const place = placements[s.id] ?? { x: 0, y: 0 };
    const compound = s.children.length > 0;
    return {
      id: s.id, type: 'state', position: { x: place.x, y: place.y },
      width: place.width ?? LEAF_SIZE.width, height: place.height ?? LEAF_SIZE.height,
      ...(s.parent ? { parentId: s.parent, extent: 'parent' as const } : {}),
      data: { path: s.id, title: titleOf(s, language), kind: s.kind, initial: isInitial(s, definition, byId), compound },
      ...(compound ? { className: 'canvas-node--compound' } : {}),
    };
  });
  const edges = transitions.map((t): TransitionEdge => {
    const { trigger, guard, label: text } = edgeLabel(t, definition, language);
    const missed = coverage?.missed.has(t.id);
    const label = missed ? `${text} · ${MISSED[lang]}` : text;
    const covered = coverage ? (missed ? MISSED[lang] : REACHED[lang]) : undefined;
    const from = titleOf(byId.get(t.source)!, language);
    const target = t.target ?? t.source;
    const to = titleOf(byId.get(target)!, language);
    return {
      id: t.id, source: t.source, target, label, markerEnd: { type: MarkerType.ArrowClosed },
      data: { trigger, ...(guard !== undefined ? { guard } : {}), ...(coverage ? { coverage: missed ? 'missed' as const : 'reached' as const } : {}) },
      ...(coverage ? { className: missed ? 'canvas-edge--missed' : 'canvas-edge--reached' } : {}),
      // Above the boxes of the compound states it enters or leaves (React Flow draws edges below nodes).
      zIndex: Math.max(depth(t.source), depth(target)),
      ariaLabel: (language === 'en' ? `Transition "${text}" from ${from} to ${to}` : `Übergang „${text}“ von ${from} nach ${to}`) + (covered ? `, ${covered}` : ''),
    };
  });
  return { nodes, edges };
}
