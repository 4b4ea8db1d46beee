import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { idempotencyKey } from '../../../ui/index.js';
import { decideConsent } from './cockpitApi.js';
import type { Consent, ConsentDecision } from './cockpitApi.js';
import { formatDuration } from './formatters.js';
import type { CockpitLabels } from './useCockpitLabels.js';

/** What the dialog asks about: one decision on one consent request. */
export interface PendingDecision {
  consent: Consent;
  decision: ConsentDecision;
}

/**
 * The confirmation step of a consent decision (KERN dialog, native modal `<dialog>`): says what
 * the decision means, sends it with one Idempotency-Key per opened dialog (a retry after a lost
 * answer is not a second decision), and reports back. Focus starts on the dialog's title; Esc
 * and "Abbrechen" close it without deciding.
 */
export function ConsentDialog({ pending, labels, onDone, onCancel }: {
  pending: PendingDecision;
  labels: CockpitLabels;
  onDone: (decision: ConsentDecision) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('cockpit');
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const [key] = useState(idempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { consent, decision } = pending;

  useEffect(() => {
    const node = dialog.current!;
    node.showModal();
    title.current?.focus();
    return () => node.close();
  }, []);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await decideConsent(consent.id, decision, key);
      onDone(decision);
    } catch (e) {
      setError(t('consents.failed', { message: (e as Error).message }));
      setBusy(false);
    }
  }

  const text = t(`consents.confirmText.${decision}`, {
    authority: labels.authority(consent.authority), duration: formatDuration(consent.duration, t), purpose: consent.purpose,
    categories: consent.categories.map((c) => labels.category(c, labels.procedureOfCase(consent.caseId))).join(', '),
  });
  return (
    <dialog ref={dialog} className="kern-dialog cockpit-dialog" aria-labelledby="consent-dialog-title" aria-describedby="consent-dialog-text" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <header className="kern-dialog__header">
        <h2 className="kern-title" id="consent-dialog-title" tabIndex={-1} ref={title}>{t(`consents.confirmTitle.${decision}`)}</h2>
      </header>
      <section className="kern-dialog__body">
        <p className="kern-body" id="consent-dialog-text">{text}</p>
        {error ? <p className="kern-error" role="alert"><span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" /><span className="kern-body">{error}</span></p> : null}
      </section>
      <footer className="kern-dialog__footer">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}><span className="kern-label">{t('consents.cancel')}</span></button>
        <button type="button" className="kern-btn kern-btn--primary" aria-disabled={busy} onClick={() => void confirm()}><span className="kern-label">{t(`consents.confirm.${decision}`)}</span></button>
      </footer>
    </dialog>
  );
}
