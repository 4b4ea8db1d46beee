import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { StateNode } from './toFlow.js';

/**
 * One state on the canvas: its title, its path, and its kind in words (start, final, parallel)
 * — never by shape or colour alone. Handles are only anchors for edges: nothing is connected by
 * dragging here.
 */
export function StateBox({ data }: NodeProps<StateNode>) {
  const { t } = useTranslation('canvas');
  const marks = [
    data.initial ? t('initial') : null,
    data.kind === 'final' ? t('final') : null,
    data.kind === 'parallel' ? t('parallel') : null,
  ].filter((m): m is string => m !== null);
  return (
    <div className={`canvas-state canvas-state--${data.kind}${data.compound && data.kind !== 'compound' ? ' canvas-state--compound' : ''}`}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <span className="canvas-state__title">{data.title}</span>
      <span className="canvas-state__meta">
        {marks.map((m) => <span key={m} className="canvas-state__mark">{m}</span>)}
        <code className="canvas-state__path">{data.path.split('.').at(-1)}</code>
      </span>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}
