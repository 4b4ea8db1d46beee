import type { ErrorListProps, UiSchema } from '@rjsf/utils';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, focusField } from '../focusField.js';

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
 * The KERN error summary shown after a failed submit ("Es gibt ein Problem"): it takes focus,
 * and each error is a link that moves focus to its field. Same text as beside the field.
 */
export function ErrorSummary({ errors, uiSchema }: ErrorListProps) {
  const { t } = useTranslation('form');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [errors]);
  return (
    <div className="kern-alert kern-alert--danger app-error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id="error-summary-title">{t('errorSummary')}</h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {errors.map((e, i) => {
            const path = errorPath(e.property);
            const id = fieldId(path);
            const label = labelAt(uiSchema, path);
            return (
              <li key={`${e.property ?? ''}-${i}`}>
                <a className="kern-link" href={`#${id}`} onClick={(ev) => { if (focusField(id)) ev.preventDefault(); }}>
                  {label ? `${label}: ` : ''}{e.message}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
