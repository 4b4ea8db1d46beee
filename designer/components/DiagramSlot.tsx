import { useTranslation } from 'react-i18next';
import type { JsonObject } from '../model/index.js';

/** Props the canvas gets at merge: the definition, the selected state, and how to select one. */
export interface DiagramSlotProps {
  definition: JsonObject;
  /** The dot path of the selected state (also of a selected transition's source). */
  selectedPath: string | undefined;
  /** The canvas selected a state (its dot path); the text view selects and focuses it. */
  onSelect(statePath: string): void;
}

/**
 * MOUNT POINT of the graphical canvas (branch designer-canvas, designer/canvas/): at merge, render
 * `<StatechartCanvas definition={definition} selectedPath={selectedPath} onSelect={onSelect} />`
 * inside this section in place of the paragraph. Everything it shows is editable in the text
 * view below, the keyboard and screen-reader equivalent.
 */
export function DiagramSlot({ definition, selectedPath, onSelect }: DiagramSlotProps) {
  const { t } = useTranslation('editor');
  void [definition, selectedPath, onSelect]; // the canvas's props, unused until it is mounted
  return (
    <section aria-labelledby="diagram-title" className="dz-section" id="diagramm">
      <h2 id="diagram-title" className="kern-heading-medium">{t('diagram.title')}</h2>
      <p className="kern-body">{t('diagram.pending')}</p>
    </section>
  );
}
