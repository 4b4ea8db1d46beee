import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Colleague } from '../api/assignment.js';
import { ModalDialog } from './ModalDialog.js';

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
 * a choice says what is missing instead of doing nothing silently. Each action asks first, in a
 * dialog that says how many cases go to whom; cancelling returns focus to the button pressed.
 */
export function BulkAssignBar({ count, me, colleagues, busy, onAssign }: BulkAssignBarProps) {
  const { t } = useTranslation('assignment');
  const [colleague, setColleague] = useState('');
  const [hint, setHint] = useState('');
  const [asking, setAsking] = useState<{ assignee: string | null } | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const run = (assignee: string | null, button: HTMLButtonElement) => {
    if (!count) return setHint(t('bulk.selected_zero'));
    setHint('');
    opener.current = button;
    setAsking({ assignee });
  };
  const toColleague = (button: HTMLButtonElement) => (colleague ? run(colleague, button) : setHint(t('bulk.needColleague')));
  const cancel = () => {
    setAsking(null);
    // The dialog is gone after this render: back to the button that opened it.
    setTimeout(() => opener.current?.focus());
  };
  const confirm = () => {
    const assignee = asking!.assignee;
    setAsking(null);
    onAssign(assignee);
  };
  const who = asking?.assignee === me ? 'toMe' : asking?.assignee === null ? 'release' : 'toColleague';
  const name = colleagues.find((c) => c.sub === asking?.assignee)?.name ?? '';
  return (
    <section className="wb-bulk" aria-labelledby="bulk-title">
      <h2 className="kern-heading-small" id="bulk-title">{t('bulk.label')}</h2>
      <p className="kern-body" role="status">{busy ? t('bulk.working') : hint || t('bulk.selected', { count })}</p>
      <div className="wb-bulk__controls">
        <button type="button" className="kern-btn kern-btn--secondary" aria-disabled={busy || undefined} onClick={(e) => !busy && run(me, e.currentTarget)}><span className="kern-label">{t('bulk.toMe')}</span></button>
        <div className="kern-form-input wb-bulk__colleague">
          <label className="kern-label" htmlFor="bulk-colleague">{t('bulk.colleague')}</label>
          <div className="kern-form-input__select-wrapper">
            <select className="kern-form-input__select" id="bulk-colleague" value={colleague} onChange={(e) => setColleague(e.target.value)}>
              <option value="">{t('bulk.chooseColleague')}</option>
              {colleagues.filter((c) => c.sub !== me).map((c) => <option key={c.sub} value={c.sub}>{c.name}</option>)}
            </select>
          </div>
        </div>
        <button type="button" className="kern-btn kern-btn--secondary" aria-disabled={busy || undefined} onClick={(e) => !busy && toColleague(e.currentTarget)}><span className="kern-label">{t('bulk.toColleague')}</span></button>
        <button type="button" className="kern-btn kern-btn--tertiary" aria-disabled={busy || undefined} onClick={(e) => !busy && run(null, e.currentTarget)}><span className="kern-label">{t('bulk.release')}</span></button>
      </div>
      {asking ? (
        <ModalDialog id="bulk-confirm" title={t(`bulk.confirm.title.${who}`)} onCancel={cancel} footer={(
          <>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={cancel}><span className="kern-label">{t('bulk.confirm.cancel')}</span></button>
            <button type="button" className="kern-btn kern-btn--primary" onClick={confirm}><span className="kern-label">{t(`bulk.confirm.ok.${who}`)}</span></button>
          </>
        )}>
          <p className="kern-body">{t(`bulk.confirm.text.${who}`, { count, who: name })}</p>
        </ModalDialog>
      ) : null}
    </section>
  );
}
