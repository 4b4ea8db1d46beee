import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** React Flow's own screen-reader texts (node help, live region, controls) in the UI language. */
export function useAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation('canvas');
  return useMemo(() => ({
    'node.a11yDescription.default': t('a11y.nodeDefault'),
    'node.a11yDescription.keyboardDisabled': t('a11y.nodeKeyboardDisabled'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('a11y.moved', { direction: t(`a11y.directions.${direction}`), x, y }),
    'edge.a11yDescription.default': t('a11y.edgeDefault'),
    'controls.ariaLabel': t('a11y.controls'),
    'controls.zoomIn.ariaLabel': t('a11y.zoomIn'),
    'controls.zoomOut.ariaLabel': t('a11y.zoomOut'),
    'controls.fitView.ariaLabel': t('a11y.fitView'),
    'controls.interactive.ariaLabel': t('a11y.interactive'),
    'minimap.ariaLabel': t('a11y.minimap'),
    'handle.ariaLabel': t('a11y.handle'),
  }), [t]);
}
