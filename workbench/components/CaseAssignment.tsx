import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../ui/index.js';
import { assignCase, useAssignment, useColleagues } from '../api/assignment.js';
import { formatDateTime } from './caseFacts.js';

/**
 * "Zuständigkeit" on the case page: who works on the case, and assign it to me, release it or
 * give it to a colleague of my authority. Shown to staff of the case's own authority only (the
 * route answers 403 to an authority that is only asked for a statement).
 */
export function CaseAssignment({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('assignment');
  const me = useMe().data!;
  const current = useAssignment(caseId);
  const colleagues = useColleagues().data ?? [];
  const queries = useQueryClient();
  const [colleague, setColleague] = useState('');
  const [status, setStatus] = useState('');
  if (!current.data) return null;
  const { assignee, assignedAt } = current.data;
  const nameOf = (sub: string | null) => (sub === null ? t('nobody') : sub === me.sub ? t('me', { name: me.name }) : colleagues.find((c) => c.sub === sub)?.name ?? sub);

  const change = async (to: string | null) => {
    try {
      await assignCase(caseId, to);
      setStatus(t('case.done', { who: nameOf(to) }));
      await Promise.all([queries.invalidateQueries({ queryKey: ['assignment', caseId] }), queries.invalidateQueries({ queryKey: ['queue'] })]);
    } catch (err) {
      setStatus(t('case.failed', { message: (err as Error).message }));
    }
  };

  return (
    <section className="wb-assignment" aria-labelledby="assignment-title">
      <h2 className="kern-heading-medium" id="assignment-title">{t('case.title')}</h2>
      <p className="kern-body">
        <span className="kern-body--bold">{t('case.current')}:</span> <span data-testid="case-assignee">{nameOf(assignee)}</span>
        {assignee && assignedAt ? <> ({t('case.since', { at: formatDateTime(assignedAt, i18n.language) })})</> : null}
      </p>
      <div className="wb-bulk__controls">
        {assignee !== me.sub ? <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void change(me.sub)}><span className="kern-label">{t('case.toMe')}</span></button> : null}
        {assignee ? <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void change(null)}><span className="kern-label">{t('case.release')}</span></button> : null}
        <div className="kern-form-input wb-bulk__colleague">
          <label className="kern-label" htmlFor="case-colleague">{t('case.colleague')}</label>
          <div className="kern-form-input__select-wrapper">
            <select className="kern-form-input__select" id="case-colleague" value={colleague} onChange={(e) => setColleague(e.target.value)}>
              <option value="">{t('bulk.chooseColleague')}</option>
              {colleagues.filter((c) => c.sub !== me.sub && c.sub !== assignee).map((c) => <option key={c.sub} value={c.sub}>{c.name}</option>)}
            </select>
          </div>
        </div>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => (colleague ? void change(colleague) : setStatus(t('bulk.needColleague')))}>
          <span className="kern-label">{t('case.toColleague')}</span>
        </button>
      </div>
      <div role="status" className="wb-status">{status ? <p className="kern-body">{status}</p> : null}</div>
    </section>
  );
}
