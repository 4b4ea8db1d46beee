import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, idempotencyKey, unwrap } from '../../ui/index.js';
import { ModalDialog } from './ModalDialog.js';

const PURPOSES = ['nachweispruefung', 'antragspruefung', 'identitaetspruefung'] as const;
const DURATIONS = ['P7D', 'P30D', 'P90D'] as const;

/**
 * Asks the citizen for consent to a gated category (`POST /api/cases/:id/consent-requests`):
 * one of the installation's declared purposes, a duration, an optional note. One
 * Idempotency-Key per opened dialog.
 */
export function ConsentRequestDialog({ caseId, category, categoryTitle, onDone, onCancel }: {
  caseId: string; category: string; categoryTitle: string; onDone: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation('case');
  const [key] = useState(idempotencyKey);
  const [purpose, setPurpose] = useState<string>(PURPOSES[0]);
  const [duration, setDuration] = useState<string>(DURATIONS[0]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.POST('/api/cases/{id}/consent-requests', {
        params: { path: { id: caseId }, header: { 'Idempotency-Key': key } },
        body: { categories: [category], purpose, duration, ...(note.trim() ? { note: note.trim() } : {}) },
      }));
      onDone();
    } catch (err) {
      setError(t('consent.failed', { message: (err as Error).message }));
      setBusy(false);
    }
  };
  return (
    <ModalDialog id="consent-dialog" title={t('consent.title')} onCancel={onCancel} footer={(
      <>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}><span className="kern-label">{t('consent.cancel')}</span></button>
        <button type="button" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined} onClick={() => void send()}><span className="kern-label">{t('consent.send')}</span></button>
      </>
    )}>
      <p className="kern-body">{t('consent.text', { categories: categoryTitle })}</p>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="consent-purpose">{t('consent.purpose')}</label>
        <div className="kern-form-input__select-wrapper">
          <select className="kern-form-input__select" id="consent-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)}>
            {PURPOSES.map((p) => <option key={p} value={p}>{t(`consent.purposes.${p}`)}</option>)}
          </select>
        </div>
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="consent-duration">{t('consent.duration')}</label>
        <div className="kern-form-input__select-wrapper">
          <select className="kern-form-input__select" id="consent-duration" value={duration} onChange={(e) => setDuration(e.target.value)}>
            {DURATIONS.map((d) => <option key={d} value={d}>{t(`consent.durations.${d}`)}</option>)}
          </select>
        </div>
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="consent-note">{t('consent.note')}</label>
        <div className="kern-hint" id="consent-note-hint">{t('consent.noteHint')}</div>
        <input className="kern-form-input__input" id="consent-note" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} aria-describedby="consent-note-hint" />
      </div>
      {error ? <p className="kern-error" role="alert"><span className="kern-body">{error}</span></p> : null}
    </ModalDialog>
  );
}
