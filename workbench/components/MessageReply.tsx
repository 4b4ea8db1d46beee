import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, idempotencyKey, unwrap } from '../../ui/index.js';

/**
 * A message to the citizen (text; she gets a signed receipt and a notice). One Idempotency-Key
 * per message: a retry after a lost answer does not send it twice.
 */
export function MessageReply({ caseId }: { caseId: string }) {
  const { t } = useTranslation('case');
  const queries = useQueryClient();
  const [text, setText] = useState('');
  const [key, setKey] = useState(idempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!text.trim()) return setError(t('messages.empty'));
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.POST('/api/cases/{id}/messages', { params: { path: { id: caseId }, header: { 'Idempotency-Key': key } }, body: { text } }));
      setText('');
      setKey(idempotencyKey());
      setSent(true);
      await queries.invalidateQueries({ queryKey: ['case-messages', caseId] });
    } catch (err) {
      const details = err instanceof ApiError ? (err.details?.message as { de?: string; en?: string } | undefined) : undefined;
      setError(t('messages.failed', { message: details?.de ?? (err as Error).message }));
    }
    setBusy(false);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor="reply-text">{t('messages.reply')}</label>
        {error ? <p className="kern-error" id="reply-error" role="alert"><span className="kern-body">{error}</span></p> : null}
        <textarea className="kern-form-input__input" id="reply-text" rows={4} value={text} onChange={(e) => { setText(e.target.value); setSent(false); }}
          aria-invalid={error ? true : undefined} aria-describedby={error ? 'reply-error' : undefined} />
      </div>
      <div className="wb-buttons">
        <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}><span className="kern-label">{t('messages.send')}</span></button>
      </div>
      <div role="status">{sent ? <p className="kern-body">{t('messages.sent')}</p> : null}</div>
    </form>
  );
}
