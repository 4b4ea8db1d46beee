import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { focusField } from '../form/focusField.js';

/** One entry of an error summary: its text, and the id of the field it leads to (if any). */
export interface SummaryItem {
  text: string;
  field?: string;
}

/**
 * The KERN error summary ("Es gibt ein Problem") of every form: it takes focus when it appears
 * or its entries change, so screen readers read it at once, and each entry with a field is a link
 * that moves focus to that field. `id` names its heading (the summary's accessible name).
 */
export function ErrorSummary({ items, id }: { items: SummaryItem[]; id: string }) {
  const { t } = useTranslation('shell');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!items.length) return;
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [items]);
  if (!items.length) return null;
  return (
    <div ref={ref} className="kern-alert kern-alert--danger app-error-summary" role="alert" tabIndex={-1} aria-labelledby={id}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 id={id} className="kern-title">{t('problem')}</h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {items.map((item, i) => (
            <li key={`${item.field ?? ''}-${i}`}>
              {item.field ? (
                <a className="kern-link" href={`#${item.field}`} onClick={(e) => { if (focusField(item.field!)) e.preventDefault(); }}>{item.text}</a>
              ) : item.text}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
