import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Colleague } from '../api/assignment.js';

/** What the bar needs: how many rows are chosen, who I am, whom I can choose, and what to do. */
export interface BulkAssignBarProps {
  count: number;
  me: string;
  colleagues: Colleague[];
  busy: boolean;
  /** Assign the chosen cases to `assignee` (a staff sub) or release them (null). */
  onAssign: (assignee: string | null) => void;
}

/**
 * The queue's bulk actions on the chosen rows: "Mir zuweisen", "Kollegin/Kollegen zuweisen"
 * (from the staff of my authority), "Freigeben". The count is said in words; a press without
 * a choice says what is missing instead of doing nothing silently.
 */
export function BulkAssignBar({ count, me, colleagues, busy, onAssign }: BulkAssignBarProps) {
  const { t } = useTranslation('assignment');
  const [colleague, setColleague] = useState('');
  const [hint, setHint] = useState('');
  const run = (assignee: string | null) => {
    if (!count) return setHint(t('bulk.selected_zero'));
    setHint('');
    onAssign(assignee);
  };
  const toColleague = () => (colleague ? run(colleague) : setHint(t('bulk.needColleague')));
  return (
    <section className="wb-bulk" aria-labelledby="bulk-title">
      <h2 className="kern-heading-small" id="bulk-title">{t('bulk.label')}</h2>
      <p className="kern-body" role="status">{busy ? t('bulk.working') : hint || t('bulk.selected', { count })}</p>
      <div className="wb-bulk__controls">
        <button type="button" className="kern-btn kern-btn--secondary" aria-disabled={busy || undefined} onClick={() => !busy && run(me)}><span className="kern-label">{t('bulk.toMe')}</span></button>
        <div className="kern-form-input wb-bulk__colleague">
          <label className="kern-label" htmlFor="bulk-colleague">{t('bulk.colleague')}</label>
          <div className="kern-form-input__select-wrapper">
            <select className="kern-form-input__select" id="bulk-colleague" value={colleague} onChange={(e) => setColleague(e.target.value)}>
              <option value="">{t('bulk.chooseColleague')}</option>
              {colleagues.filter((c) => c.sub !== me).map((c) => <option key={c.sub} value={c.sub}>{c.name}</option>)}
            </select>
          </div>
        </div>
        <button type="button" className="kern-btn kern-btn--secondary" aria-disabled={busy || undefined} onClick={() => !busy && toColleague()}><span className="kern-label">{t('bulk.toColleague')}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" aria-disabled={busy || undefined} onClick={() => !busy && run(null)}><span className="kern-label">{t('bulk.release')}</span></button>
      </div>
    </section>
  );
}
