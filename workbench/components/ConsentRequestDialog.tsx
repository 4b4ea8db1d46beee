import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, idempotencyKey, localized, unwrap } from '../../ui/index.js';
import { ModalDialog } from './ModalDialog.js';
const DURATIONS = ['P7D', 'P30D', 'P90D'] as const;

/**
 * Asks the citizen for consent to a gated category (`POST /api/cases/:id/consent-requests`):
 * one of the purposes declared for this case (the installation's and its procedure's, from
 * `GET /api/cases/:id/consent-purposes`, titled as the citizen reads them), a duration, an
 * optional note. One Idempotency-Key per opened dialog.
 */
export function ConsentRequestDialog({ caseId, category, categoryTitle, onDone, onCancel }: {
  caseId: string; category: string; categoryTitle: string; onDone: () => void; onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('case');
  const [key] = useState(idempotencyKey);
  const purposes = useQuery({
    queryKey: ['consent-purposes', caseId], staleTime: 300_000,
    queryFn: () => unwrap(api.GET('/api/cases/{id}/consent-purposes', { params: { path: { id: caseId } } })),
  });
  const [chosen, setPurpose] = useState<string | null>(null);
  const purpose = chosen ?? purposes.data?.[0]?.id ?? '';
  const [duration, setDuration] = useState<string>(DURATIONS[0]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    if (busy || !purpose) return;
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
          <select className="kern-form-input__select" id="consent-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} aria-describedby="consent-purpose-hint">
            {(purposes.data ?? []).map((p) => <option key={p.id} value={p.id}>{localized(p.title, i18n.language)}</option>)}
          </select>
        </div>
        <div className="kern-hint" id="consent-purpose-hint">{purposes.isError ? t('consent.purposesFailed', { message: purposes.error.message }) : purposes.isPending ? t('consent.purposesLoading') : t('consent.purposeHint')}</div>
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
