import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, idempotencyKey, unwrap } from '../../ui/index.js';
import { formatDeadlineDay } from './caseFacts.js';
import { ModalDialog } from './ModalDialog.js';
import { serverMessage } from './serverMessage.js';

const UNITS = ['D', 'W', 'M'] as const;

/**
 * Extends a running legal deadline once, with a reason (§ 42a Abs. 2 VwVfG), through
 * `POST /api/cases/:id/deadlines/:deadline/extension`. The clerk gives the length (counted by the
 * server from the current end, as a Frist where the case counts Fristen) and the reason the
 * citizen will read. Errors only on submit; one Idempotency-Key per opened dialog.
 */
export function ExtendDeadlineDialog({ caseId, deadlineId, dueAt, onDone, onCancel }: {
  caseId: string; deadlineId: string; dueAt: string; onDone: (message: string) => void; onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('case');
  const queries = useQueryClient();
  const [key] = useState(idempotencyKey);
  const [amount, setAmount] = useState('2');
  const [unit, setUnit] = useState<(typeof UNITS)[number]>('W');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (busy) return;
    const n = Number(amount);
    const found = {
      ...(Number.isInteger(n) && n >= 1 && n <= 99 ? {} : { amount: t('extend.amountInvalid') }),
      ...(reason.trim().length >= 3 ? {} : { reason: t('extend.reasonMissing') }),
    };
    setErrors(found);
    setFailure(null);
    if (found.amount || found.reason) {
      document.getElementById(found.amount ? 'extend-amount' : 'extend-reason')?.focus();
      return;
    }
    setBusy(true);
    try {
      const view = await unwrap(api.POST('/api/cases/{id}/deadlines/{deadline}/extension', {
        params: { path: { id: caseId, deadline: deadlineId }, header: { 'Idempotency-Key': key } },
        body: { by: `P${n}${unit}`, reason: reason.trim() },
      }));
      const extended = (view as { deadlines: { id: string; dueAt: string }[] }).deadlines.find((d) => d.id === deadlineId);
      // The answer is the case view: the page shows it at once.
      queries.setQueriesData({ queryKey: ['case', caseId] }, view);
      // An extension moves no event sequence: the history is fetched anew by hand.
      void queries.invalidateQueries({ queryKey: ['case-history', caseId] });
      onDone(t('extend.done', { date: extended ? formatDeadlineDay(extended.dueAt, i18n.language) : '' }));
    } catch (err) {
      setFailure(t('extend.failed', { message: serverMessage(err, i18n.language) }));
      // Refused because the case moved on (extended elsewhere, deadline over): the page shows how it stands now.
      if (err instanceof ApiError && (err.status === 409 || err.status === 404)) void queries.invalidateQueries({ queryKey: ['case', caseId] });
      setBusy(false);
    }
  };
  const invalid = (field: 'amount' | 'reason') => (errors[field] ? 'kern-form-input--error' : '');
  return (
    <ModalDialog id="extend-dialog" title={t('extend.title')} onCancel={onCancel} footer={(
      <>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}><span className="kern-label">{t('extend.cancel')}</span></button>
        <button type="button" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined} onClick={() => void send()}><span className="kern-label">{t('extend.submit')}</span></button>
      </>
    )}>
      <p className="kern-body">{t('extend.lead', { date: formatDeadlineDay(dueAt, i18n.language) })}</p>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('extend.length')}</legend>
        <div className="kern-fieldset__body wb-inline-fields">
          <div className={`kern-form-input ${invalid('amount')}`}>
            <label className="kern-label" htmlFor="extend-amount">{t('extend.amount')}</label>
            {errors.amount ? <p className="kern-error" id="extend-amount-error" role="alert"><span className="kern-body">{errors.amount}</span></p> : null}
            <input className="kern-form-input__input" id="extend-amount" inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)}
              aria-required="true" aria-invalid={errors.amount ? true : undefined} {...(errors.amount ? { 'aria-describedby': 'extend-amount-error' } : {})} />
          </div>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="extend-unit">{t('extend.unit')}</label>
            <div className="kern-form-input__select-wrapper">
              <select className="kern-form-input__select" id="extend-unit" value={unit} onChange={(e) => setUnit(e.target.value as (typeof UNITS)[number])}>
                {UNITS.map((u) => <option key={u} value={u}>{t(`extend.units.${u}`)}</option>)}
              </select>
            </div>
          </div>
        </div>
      </fieldset>
      <div className={`kern-form-input ${invalid('reason')}`}>
        <label className="kern-label" htmlFor="extend-reason">{t('extend.reason')}</label>
        <div className="kern-hint" id="extend-reason-hint">{t('extend.reasonHint')}</div>
        {errors.reason ? <p className="kern-error" id="extend-reason-error" role="alert"><span className="kern-body">{errors.reason}</span></p> : null}
        <textarea className="kern-form-input__input" id="extend-reason" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)}
          aria-required="true" aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? 'extend-reason-hint extend-reason-error' : 'extend-reason-hint'} />
      </div>
      {failure ? <p className="kern-error" role="alert"><span className="kern-body">{failure}</span></p> : null}
    </ModalDialog>
  );
}
