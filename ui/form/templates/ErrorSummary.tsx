import type { ErrorListProps, UiSchema } from '@rjsf/utils';
import { useMemo } from 'react';
import { ErrorSummary } from '../../shell/ErrorSummary.js';
import { fieldId } from '../focusField.js';

/** Data path of an RJSF error property (`.a.0.b` → `['a', '0', 'b']`). */
export function errorPath(property: string | undefined): string[] {
  return (property ?? '').split('.').filter(Boolean);
}

/** The label of the field at a data path, from the uiSchema the form renders with. */
export function labelAt(uiSchema: UiSchema | undefined, path: string[]): string {
  let ui: UiSchema | undefined = uiSchema;
  let label = '';
  for (const segment of path) {
    ui = (/^\d+$/.test(segment) ? ui?.items : ui?.[segment]) as UiSchema | undefined;
    if (typeof ui?.['ui:title'] === 'string') label = ui['ui:title'];
  }
  return label;
}

/**
 * RJSF's error list as the KERN error summary (ui/shell/ErrorSummary): shown after a failed
 * submit, it takes focus, and each error links to its field — the same text as beside the field.
 */
export function FormErrorSummary({ errors, uiSchema, registry }: ErrorListProps) {
  const prefix = registry.globalFormOptions.idPrefix;
  // Stable while RJSF keeps the same errors, so the summary takes focus after a submit only.
  const items = useMemo(() => errors.map((e) => {
    const path = errorPath(e.property);
    const label = labelAt(uiSchema, path);
    return { text: `${label ? `${label}: ` : ''}${e.message ?? ''}`, field: fieldId(path, prefix) };
  }), [errors, uiSchema, prefix]);
  return <ErrorSummary items={items} id="error-summary-title" />;
}
