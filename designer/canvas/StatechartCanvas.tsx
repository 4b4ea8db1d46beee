import { Background, Controls, ReactFlow, ReactFlowProvider, applyNodeChanges, useNodesInitialized, useReactFlow } from '@xyflow/react';
import type { NodeChange, OnSelectionChangeParams } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeNewStates, resolveDefinition, unplacedStates } from '../../engine/index.js';
import type { Placements, ProcedureConfig } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import { labelShifts } from './labelShifts.js';
import type { MeasureText } from './labelShifts.js';
import { StateBox } from './StateBox.js';
import { LabelShiftContext, TransitionEdgeView } from './TransitionEdgeView.js';
import { layoutStatechart } from './layoutStatechart.js';
import { toFlow } from './toFlow.js';
import type { CoverageOverlay, StateNode, TransitionEdge } from './toFlow.js';
import { useAriaLabels } from './useAriaLabels.js';
import './canvas.css';

/** What the designer hands the canvas. */
export interface StatechartCanvasProps {
  /** The procedure whose statechart is drawn; the canvas never changes it. */
  definition: ProcedureConfig;
  /** Path of the selected state (`verfahren.entscheidung`), or null. */
  selectedPath: string | null;
  /** Called with the path of the state chosen (Enter / Space / click), null when unselected. */
  onSelect: (path: string | null) => void;
  /**
   * Placements by state path (controlled: pass back what `onLayoutChange` gave). With none of the
   * states placed, ELK lays them all out once; states missing from a stored layout (added since)
   * are put where they overlap nothing, the stored ones stay; a complete layout is drawn as it is.
   */
  layout: Placements;
  /** Called with the whole layout after a first layout, "Neu anordnen", or a moved state (keyboard moves: 400 ms after the last key). */
  onLayoutChange: (layout: Placements) => void;
  /** The simulation's coverage to show on the edges (reached or "nicht erreicht"); none: plain edges. */
  coverage?: CoverageOverlay;
}

const nodeTypes = { state: StateBox };
const edgeTypes = { transition: TransitionEdgeView };

/** Measures label texts in the canvas's label font (12 px, as canvas.css draws them), cached. */
function textMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, { width: number; height: number }>();
  if (context) context.font = `12px ${getComputedStyle(document.body).fontFamily}`;
  return (text) => {
    let size = cache.get(text);
    if (!size) {
      size = { width: Math.ceil(context?.measureText(text).width ?? text.length * 6.5), height: 15 };
      cache.set(text, size);
    }
    return size;
  };
}
/** Pause after the last arrow key before a moved state's position is reported. */
const SAVE_DELAY_MS = 400;

/**
 * The statechart of a procedure as a React Flow diagram laid out by ELK (in a web worker):
 * nested and parallel states as boxes in boxes, transitions labelled with event, deadline in
 * words and guard. Keyboard first (WCAG 2.1.1, 2.5.7): Tab to a state, Enter or Space selects
 * it, arrow keys move it (Shift: four times as far); nothing needs dragging. Positions live
 * apart from the definition and are laid out only when missing or on request.
 */
export function StatechartCanvas(props: StatechartCanvasProps) {
  return <ReactFlowProvider><CanvasFlow {...props} /></ReactFlowProvider>;
}

function CanvasFlow({ definition, selectedPath, onSelect, layout, onLayoutChange, coverage }: StatechartCanvasProps) {
  const { t, i18n } = useTranslation('canvas');
  const ariaLabels = useAriaLabels();
  const flow = useReactFlow();
  const helpId = useId();
  const [nodes, setNodes] = useState<StateNode[]>([]);
  const [edges, setEdges] = useState<TransitionEdge[]>([]);
  const [drawn, setDrawn] = useState(0);
  const [status, setStatus] = useState<{ kind: 'laying' | 'ready' } | { kind: 'failed'; message: string }>({ kind: 'laying' });
  const placements = useRef<Placements>({});
  const emitted = useRef<Placements | null>(null);
  const latest = useRef({ onLayoutChange, onSelect, selectedPath });
  latest.current = { onLayoutChange, onSelect, selectedPath };
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const measured = useNodesInitialized();
  const measure = useMemo(() => textMeasure(), []);
  // Labels apart from each other and from the boxes, again whenever a box has moved: not while a
  // box is dragged by the mouse (on 300 states a placement costs tens of milliseconds, a frame 16).
  const [dragging, setDragging] = useState(false);
  const [settled, setSettled] = useState(nodes);
  if (!dragging && settled !== nodes) setSettled(nodes);
  const shifts = useMemo(() => labelShifts(settled, edges, measure), [settled, edges, measure]);
  const fitPending = useRef(false);

  const report = useCallback((next: Placements) => {
    placements.current = next;
    emitted.current = next;
    latest.current.onLayoutChange(next);
  }, []);

  const arrange = useCallback(async (keep: Placements) => {
    setStatus({ kind: 'laying' });
    try {
      const laidOut = await layoutStatechart(definition);
      report({ ...keep, ...laidOut });
      setDrawn((n) => n + 1);
      setStatus({ kind: 'ready' });
    } catch (err) {
      setStatus({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  }, [definition, report]);

  // A layout from outside: drawn as stored; a first layout by ELK when nothing is placed yet,
  // states added since placed next to the stored ones (never laid out again unasked).
  useEffect(() => {
    const unplaced = unplacedStates(definition, layout);
    if (layout === emitted.current && unplaced.length === 0) return;
    if (unplaced.length > 0 && unplaced.length === resolveDefinition(definition).states.length) {
      void arrange(layout);
      return;
    }
    if (unplaced.length > 0) report(placeNewStates(definition, layout));
    else {
      placements.current = layout;
      emitted.current = layout;
    }
    setDrawn((n) => n + 1);
    setStatus({ kind: 'ready' });
  }, [definition, layout, arrange, report]);

  // Nodes and edges from the current placements (again when the language changes).
  useEffect(() => {
    if (drawn === 0) return;
    const built = toFlow(definition, placements.current, i18n.language, coverage);
    setNodes(built.nodes.map((n) => ({
      ...n, selected: n.id === latest.current.selectedPath, ariaLabel: t('nodeLabel', { title: n.data.title, path: n.id }),
    })));
    setEdges(built.edges);
    fitPending.current = true;
  }, [drawn, definition, i18n.language, t, coverage]);

  // The whole diagram in view once React Flow measured the new boxes (not before: it would fit nothing).
  useEffect(() => {
    if (!measured || !fitPending.current) return;
    fitPending.current = false;
    void flow.fitView();
  }, [measured, nodes, flow]);

  useEffect(() => {
    setNodes((ns) => ns.map((n) => (n.selected === (n.id === selectedPath) ? n : { ...n, selected: n.id === selectedPath })));
  }, [selectedPath]);

  useEffect(() => () => clearTimeout(saveTimer.current), []);

  const onNodesChange = useCallback((changes: NodeChange<StateNode>[]) => {
    setNodes((ns) => applyNodeChanges(changes, ns));
    const positions = changes.filter((c) => c.type === 'position');
    if (positions.length > 0) setDragging(positions.some((c) => c.type === 'position' && c.dragging === true));
    const moved = changes.filter((c) => c.type === 'position' && c.position && !c.dragging);
    if (moved.length === 0) return;
    const next = { ...placements.current };
    for (const c of moved) if (c.type === 'position' && c.position) next[c.id] = { ...next[c.id], x: Math.round(c.position.x), y: Math.round(c.position.y) };
    placements.current = next;
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => report(placements.current), SAVE_DELAY_MS);
  }, [report]);

  const onSelectionChange = useCallback(({ nodes: chosen }: OnSelectionChangeParams) => {
    const path = chosen[0]?.id ?? null;
    if (path !== latest.current.selectedPath) latest.current.onSelect(path);
  }, []);

  const title = localized(definition.title, i18n.language);
  return (
    <section className="canvas" aria-label={t('label', { title })}>
      <p className="kern-body canvas__help" id={helpId}>{t('help')}</p>
      <div className="canvas__toolbar">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void flow.fitView()}><span className="kern-label">{t('fitView')}</span></button>
        <button type="button" className="kern-btn kern-btn--secondary" aria-disabled={status.kind === 'laying' || undefined}
          onClick={() => { if (status.kind !== 'laying') void arrange({}); }}><span className="kern-label">{t('relayout')}</span></button>
      </div>
      <p className="kern-body canvas__status" role="status">
        {status.kind === 'laying' ? t('laying') : status.kind === 'failed' ? t('layoutFailed', { message: status.message }) : ''}
      </p>
      <div className="canvas__flow" data-testid="statechart-canvas" data-ready={status.kind === 'ready' && nodes.length > 0 ? 'true' : undefined}>
        <LabelShiftContext.Provider value={shifts}>
          <ReactFlow<StateNode, TransitionEdge>
            nodes={nodes} edges={edges} nodeTypes={nodeTypes} edgeTypes={edgeTypes} onNodesChange={onNodesChange} onSelectionChange={onSelectionChange}
            ariaLabelConfig={ariaLabels} aria-describedby={helpId} nodesConnectable={false} edgesReconnectable={false} deleteKeyCode={null}
            snapToGrid snapGrid={[10, 10]} minZoom={0.02} fitView
          >
            <Background />
            <Controls showInteractive={false} />
          </ReactFlow>
        </LabelShiftContext.Provider>
      </div>
    </section>
  );
}
