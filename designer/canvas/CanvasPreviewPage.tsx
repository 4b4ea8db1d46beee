import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { Placements, ProcedureConfig } from '../../engine/index.js';
import { ApiError, api, localized, loginUrl, unwrap, useMe, usePageTitle } from '../../ui/index.js';
import { StatechartCanvas } from './StatechartCanvas.js';

/**
 * A read-only page with the statechart of a published procedure (`/designer/procedures/:id/diagram`),
 * until the designer's editor page hosts the canvas: states can be selected and moved, and the
 * arrangement is saved for that version — the procedure itself is never changed here.
 */
export function CanvasPreviewPage() {
  const { t } = useTranslation('preview');
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Plain title={t('loading')} />;
  if (!me.data) {
    return (
      <Plain title={t('appName')} text={t('login')}>
        <p><a className="kern-btn kern-btn--primary" href={loginUrl(`/designer${location.pathname}`)}><span className="kern-label">{t('loginButton')}</span></a></p>
      </Plain>
    );
  }
  if (me.data.kind !== 'designer') return <Plain title={t('appName')} text={t('notDesigner', { name: me.data.name })} />;
  return <Diagram />;
}

function Diagram() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('preview');
  const [selected, setSelected] = useState<string | null>(null);
  // The canvas's layout is controlled: what it reports comes back to it as `layout`.
  const [positions, setPositions] = useState<Placements | null>(null);
  const procedure = useQuery({
    queryKey: ['procedure', id],
    queryFn: async () => (await unwrap(api.GET('/api/procedures/{id}', { params: { path: { id } } }))) as unknown as ProcedureConfig,
  });
  const version = procedure.data?.version;
  const layout = useQuery({
    queryKey: ['layout', id, version],
    enabled: version !== undefined,
    staleTime: Infinity,
    queryFn: async () => (await unwrap(api.GET('/api/definitions/{id}/layout', { params: { path: { id }, query: { version: String(version) } } }))).positions as Placements,
  });
  const save = useMutation({
    mutationFn: (positions: Placements) => unwrap(api.PUT('/api/definitions/{id}/layout', { params: { path: { id } }, body: { version: version!, positions } })),
  });

  const failure = procedure.error ?? layout.error;
  if (failure) {
    const text = failure instanceof ApiError && failure.status === 404 ? t('notFound', { id }) : t('failed', { message: failure.message });
    return <Plain title={text} error />;
  }
  if (!procedure.data || !layout.data) return <Plain title={t('loading')} />;
  const onLayoutChange = (next: Placements) => {
    setPositions(next);
    save.mutate(next);
  };
  const definition = procedure.data;
  const selectedTitle = selected ? localized(findTitle(definition, selected), i18n.language) || selected : null;
  return (
    <Titled title={t('title', { title: localized(definition.title, i18n.language) })}>
      <p className="kern-body">{t('version', { version: definition.version })}</p>
      <StatechartCanvas definition={definition} selectedPath={selected} onSelect={setSelected} layout={positions ?? layout.data} onLayoutChange={onLayoutChange} />
      <p className="kern-body" role="status" data-testid="canvas-selection">
        {selectedTitle ? t('canvas:selected', { title: selectedTitle }) : t('canvas:nothingSelected')}
      </p>
      <p className="kern-body" role="status" data-testid="canvas-saved">
        {save.isError ? t('saveFailed', { message: save.error.message }) : save.isSuccess ? t('saved') : ''}
      </p>
    </Titled>
  );
}

/** The `meta.title` of the state at a dot path. */
function findTitle(definition: ProcedureConfig, path: string) {
  let states = definition.machine.states;
  let title;
  for (const name of path.split('.')) {
    const state = states[name];
    title = state?.meta?.title;
    states = state?.states ?? {};
  }
  return title;
}

function Titled({ title, error = false, children }: { title: string; error?: boolean; children?: ReactNode }) {
  usePageTitle(title, error);
  return (
    <>
      <h1 className="kern-heading-large">{title}</h1>
      {children}
    </>
  );
}

function Plain({ title, text, error, children }: { title: string; text?: string; error?: boolean; children?: ReactNode }) {
  return (
    <Titled title={title} error={error}>
      {text ? <p className="kern-body">{text}</p> : null}
      {children}
    </Titled>
  );
}
