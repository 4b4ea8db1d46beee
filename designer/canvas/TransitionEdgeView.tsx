import { BaseEdge, getBezierPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import type { Shift } from './labelPlacement.js';
import type { TransitionEdge } from './toFlow.js';

/** The label shifts of the drawn diagram, by edge id (see labelShifts). */
export const LabelShiftContext = createContext<ReadonlyMap<string, Shift>>(new Map());

/**
 * A transition: React Flow's bezier from the source's bottom to the target's top, its label moved
 * to where the canvas placed it apart from the other labels and the state boxes.
 */
export const TransitionEdgeView = memo(function TransitionEdgeView({
  id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, label, style, markerEnd, interactionWidth,
}: EdgeProps<TransitionEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const shift = useContext(LabelShiftContext).get(id);
  return (
    <BaseEdge path={path} label={label} labelX={labelX + (shift?.dx ?? 0)} labelY={labelY + (shift?.dy ?? 0)}
      {...(style ? { style } : {})} {...(markerEnd ? { markerEnd } : {})} {...(interactionWidth !== undefined ? { interactionWidth } : {})} />
  );
});
