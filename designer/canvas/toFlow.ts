import { MarkerType } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import { LEAF_SIZE, resolveDefinition } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import type { Placements, ProcedureConfig, StateInfo, TransitionInfo } from '../../engine/index.js';
import { durationWords } from './durationWords.js';
import { guardWords } from './guardWords.js';

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
      id: t.id, type: 'transition', source: t.source, target, label, markerEnd: { type: MarkerType.ArrowClosed },
      data: { trigger, ...(guard !== undefined ? { guard } : {}), ...(coverage ? { coverage: missed ? 'missed' as const : 'reached' as const } : {}) },
      ...(coverage ? { className: missed ? 'canvas-edge--missed' : 'canvas-edge--reached' } : {}),
      // Above the boxes of the compound states it enters or leaves (React Flow draws edges below nodes).
      zIndex: Math.max(depth(t.source), depth(target)),
      ariaLabel: (language === 'en' ? `Transition "${text}" from ${from} to ${to}` : `Übergang „${text}“ von ${from} nach ${to}`) + (covered ? `, ${covered}` : ''),
    };
  });
  return { nodes, edges };
}
