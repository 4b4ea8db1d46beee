import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** One entry of the error summary: its text, and the id of the field it links to (if any). */
export interface SummaryItem {
  text: string;
  field?: string;
}

/**
 * The KERN error summary ("Es gibt ein Problem"): takes focus when it appears or changes, so
 * screen readers read it at once, and links every entry to its field (focusing the field).
 */
export function ErrorSummary({ items, namespace }: { items: SummaryItem[]; namespace: string }) {
  const { t } = useTranslation(namespace);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items]);
  if (!items.length) return null;
  return (
    <div ref={ref} className="kern-alert kern-alert--danger" tabIndex={-1} aria-labelledby="message-error-summary-title">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h3 id="message-error-summary-title" className="kern-title">{t('summaryHeading')}</h3>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {items.map((item, i) => (
            <li key={i}>
              {item.field ? (
                <a className="kern-link" href={`#${item.field}`} onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(item.field!)?.focus();
                }}>{item.text}</a>
              ) : item.text}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
