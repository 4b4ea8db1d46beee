import { useMutation, useQuery } from '@tanstack/react-query';
import { Component, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placements, ProcedureConfig } from '../../engine/index.js';
import { api, unwrap } from '../../ui/index.js';
import { StatechartCanvas } from '../canvas/StatechartCanvas.js';
import type { CoverageOverlay } from '../canvas/toFlow.js';
import type { JsonObject } from '../model/index.js';

/** Props: the definition being edited, the selected state, and how to select one. */
export interface DiagramSlotProps {
  definition: JsonObject;
  /** The dot path of the selected state (also of a selected transition's source). */
  selectedPath: string | undefined;
  /** The canvas selected a state (its dot path); the text view selects and focuses it. */
  onSelect(statePath: string): void;
  /** The simulation's coverage, once shown there: drawn on the edges too. */
  coverage?: CoverageOverlay;
}

/**
 * The "Diagramm" section of the editor: the statechart canvas of the draft being edited. Its
 * arrangement is stored apart from the definition, per version (`/api/definitions/:id/layout`;
 * the server lays a version out with ELK when it is saved, so a first open draws a stored layout);
 * everything it shows is editable in the text view below, the keyboard and screen-reader equivalent.
 */
export function DiagramSlot({ definition, selectedPath, onSelect, coverage }: DiagramSlotProps) {
  const { t } = useTranslation('editor');
  return (
    <section aria-labelledby="diagram-title" className="dz-section" id="diagramm">
      <h2 id="diagram-title" className="kern-heading-medium" tabIndex={-1}>{t('diagram.title')}</h2>
      <p className="kern-body">{t('diagram.lead')}</p>
      <DrawingGuard fallback={(message) => <p className="kern-body" role="status">{t('diagram.broken', { message })}</p>} resetOn={definition}>
        <Diagram definition={definition} selectedPath={selectedPath} onSelect={onSelect} {...(coverage ? { coverage } : {})} />
      </DrawingGuard>
    </section>
  );
}

function Diagram({ definition, selectedPath, onSelect, coverage }: DiagramSlotProps) {
  const { t } = useTranslation('editor');
  const id = String(definition.id ?? '');
  const version = Number(definition.version);
  // Controlled layout: what the canvas reports comes back to it; the stored one only seeds it.
  const [positions, setPositions] = useState<Placements | null>(null);
  const stored = useQuery({
    queryKey: ['layout', id, version],
    staleTime: Infinity,
    queryFn: async () => (await unwrap(api.GET('/api/definitions/{id}/layout', { params: { path: { id }, query: { version: String(version) } } }))).positions as Placements,
  });
  const save = useMutation({
    mutationFn: (next: Placements) => unwrap(api.PUT('/api/definitions/{id}/layout', { params: { path: { id } }, body: { version, positions: next } })),
  });
  const failure = stored.error ?? save.error;
  if (!stored.data && !failure) return null;
  return (
    <>
      {failure ? <p className="kern-body" role="status">{t('diagram.layoutFailed', { message: failure.message })}</p> : null}
      {coverage ? <p className="kern-body" data-testid="coverage-legend">{t('diagram.coverage', { count: coverage.missed.size })}</p> : null}
      <StatechartCanvas
        definition={definition as unknown as ProcedureConfig} selectedPath={selectedPath ?? null}
        onSelect={(path) => { if (path) onSelect(path); }}
        layout={positions ?? stored.data ?? {}}
        onLayoutChange={(next) => { setPositions(next); save.mutate(next); }}
        {...(coverage ? { coverage } : {})}
      />
    </>
  );
}

/** Shows the fallback instead of the canvas when a half-edited definition cannot be drawn; tries again on the next change. */
class DrawingGuard extends Component<{ children: ReactNode; fallback: (message: string) => ReactNode; resetOn: unknown }, { error?: Error; seen?: unknown }> {
  override state: { error?: Error; seen?: unknown } = {};
  static getDerivedStateFromError(error: Error) { return { error }; }
  static getDerivedStateFromProps(props: { resetOn: unknown }, state: { error?: Error; seen?: unknown }) {
    return props.resetOn !== state.seen ? { error: undefined, seen: props.resetOn } : null;
  }
  override render() { return this.state.error ? this.props.fallback(this.state.error.message) : this.props.children; }
}
