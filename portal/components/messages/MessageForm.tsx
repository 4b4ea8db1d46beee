import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_LIMITS, formatBytes } from '../../../engine/index.js';
import { ApiError, ErrorSummary, api, idempotencyKey, unwrap } from '../../../ui/index.js';
import type { SummaryItem } from '../../../ui/index.js';
import { checkMessage, toAttachment } from './messageFiles.js';
import type { MessageProblem } from './messageFiles.js';
import type { Message } from './MessageList.js';

/** The server's refusal as entries of the error summary: field errors (JSON pointers) by field, the rest by code. */
function serverProblems(err: unknown, language: string, t: (key: string) => string): SummaryItem[] {
  if (!(err instanceof ApiError)) return [{ text: t('errors.generic') }];
  const errors = (err.details?.errors ?? []) as { path: string; message: { de: string; en: string } }[];
  if (errors.length) {
    return errors.map((e) => ({ text: language === 'en' ? e.message.en : e.message.de, field: e.path === '/text' ? 'message-text' : 'message-files' }));
  }
  const known: Record<string, string> = { 'case-closed': 'errors.closed', 'case-not-submitted': 'errors.notSubmitted' };
  return [{ text: t(known[err.code] ?? 'errors.generic') }];
}

/**
 * The form to write to the authority: text and files (checked before sending), an error summary
 * that takes focus and links to the fields, progress in words, and one Idempotency-Key per
 * message, so a double click or a retry sends it once.
 */
export function MessageForm({ caseId, onSent, onErrorsChange }: { caseId: string; onSent(message: Message): void; onErrorsChange?(hasErrors: boolean): void }) {
  const { t, i18n } = useTranslation('messages');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [progress, setProgress] = useState<'' | 'reading' | 'sending'>('');
  const key = useRef(idempotencyKey());
  // A second press before React re-renders must not start a second send (the same key would make it harmless, but not quiet).
  const inFlight = useRef(false);
  const busy = progress !== '';
  useEffect(() => onErrorsChange?.(errors.length > 0), [errors, onErrorsChange]);
  const fieldError = (field: string) => errors.filter((e) => e.field === field).map((e) => e.text);
  const describe = (field: string, hint: string) => [hint, fieldError(field).length ? `${field}-error` : ''].filter(Boolean).join(' ');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    const problems: MessageProblem[] = checkMessage(text, files);
    if (problems.length) {
      setErrors(problems.map((p) => ({ text: t(p.key, p.values ?? {}), field: p.field })));
      return;
    }
    setErrors([]);
    inFlight.current = true;
    try {
      setProgress('reading');
      const attachments = await Promise.all(files.map(toAttachment));
      setProgress('sending');
      const sent = await unwrap(api.POST('/api/cases/{id}/messages', {
        params: { path: { id: caseId }, header: { 'Idempotency-Key': key.current } }, body: { text, attachments },
      }));
      key.current = idempotencyKey();
      setText('');
      setFiles([]);
      onSent(sent as Message);
    } catch (err) {
      setErrors(serverProblems(err, i18n.language, t));
    } finally {
      inFlight.current = false;
      setProgress('');
    }
  }

  const textErrors = fieldError('message-text');
  const fileErrors = fieldError('message-files');
  return (
    <form noValidate onSubmit={submit} aria-labelledby="message-form-heading">
      <h2 id="message-form-heading" className="kern-heading-medium" style={{ marginBlockStart: '2rem' }}>{t('formHeading')}</h2>
      <ErrorSummary items={errors} id="message-error-summary-title" />
      <div className={`kern-form-input${textErrors.length ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor="message-text">{t('textLabel')}</label>
        <div className="kern-hint" id="message-text-hint">{t('textHint', { max: MESSAGE_LIMITS.textMaxLength.toLocaleString(i18n.language) })}</div>
        <textarea id="message-text" className={`kern-form-input__input${textErrors.length ? ' kern-form-input__input--error' : ''}`} rows={6}
          value={text} onChange={(e) => setText(e.target.value)} aria-required="true" aria-invalid={textErrors.length > 0}
          aria-describedby={describe('message-text', 'message-text-hint')} />
        {textErrors.length > 0 && <p className="kern-error" id="message-text-error" role="alert">{textErrors.join(' ')}</p>}
      </div>
      <div className={`kern-form-input${fileErrors.length ? ' kern-form-input--error' : ''}`} style={{ marginBlockStart: '1.5rem' }}>
        <label className="kern-label" htmlFor="message-files">{t('filesLabel')} <span className="kern-label__optional">{t('optional')}</span></label>
        <div className="kern-hint" id="message-files-hint">{t('filesHint', { max: MESSAGE_LIMITS.maxFiles })}</div>
        <input id="message-files" type="file" multiple className={`kern-form-input__input${fileErrors.length ? ' kern-form-input__input--error' : ''}`}
          accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" aria-invalid={fileErrors.length > 0}
          aria-describedby={describe('message-files', 'message-files-hint')}
          onChange={(e) => {
            const chosen = [...(e.target.files ?? [])];
            e.target.value = '';
            setFiles((before) => [...before, ...chosen]);
          }} />
        {fileErrors.length > 0 && <p className="kern-error" id="message-files-error" role="alert">{fileErrors.join(' ')}</p>}
      </div>
      {files.length > 0 && (
        <>
          <h3 className="kern-heading-small">{t('chosenFiles')}</h3>
          <ul className="kern-list">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`}>
                {`${f.name} (${formatBytes(f.size, i18n.language)}) `}
                <button type="button" className="kern-btn kern-btn--tertiary" aria-label={t('removeFile', { name: f.name })}
                  onClick={() => setFiles((before) => before.filter((_, j) => j !== i))}><span className="kern-label">{t('remove')}</span></button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" className="kern-body">{progress === 'reading' ? t('reading') : progress === 'sending' ? t('sending') : ''}</p>
      <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy}><span className="kern-label">{t('send')}</span></button>
    </form>
  );
}
