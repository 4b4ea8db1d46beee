import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { localized, useMe } from '../../ui/index.js';
import type { CaseView } from '../api/caseReads.js';
import { formatDateTime, formatDeadlineDay } from './caseFacts.js';
import { DeadlineWords } from './DeadlineWords.js';
import { ExtendDeadlineDialog } from './ExtendDeadlineDialog.js';

type Deadline = CaseView['deadlines'][number];

/**
 * The running deadlines of the case: when each ends, in words, and what happens then. The
 * case's own authority may extend each once, with a reason (§ 42a Abs. 2 VwVfG); an extended
 * one says when and why, and offers no second extension.
 */
export function CaseDeadlines({ def, view }: { def: ProcedureConfig; view: CaseView }) {
  const { t, i18n } = useTranslation('case');
  const me = useMe().data;
  const [extending, setExtending] = useState<Deadline | null>(null);
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const mayExtend = view.status === 'active' && me?.kind === 'staff' && me.authority === view.authority;
  const lang = i18n.language;
  return (
    <section className="app-section" aria-labelledby="case-deadlines">
      <h2 className="kern-heading-medium" id="case-deadlines" tabIndex={-1} ref={heading}>{t('sections.deadlines')}</h2>
      <div role="status" className="wb-status">{notice ? <p className="kern-body">{notice}</p> : null}</div>
      {view.deadlines.length === 0 ? <p className="kern-body">{t('deadlines.none')}</p> : (
        <ul className="kern-list wb-deadlines">
          {view.deadlines.map((d) => (
            <li key={d.id} className="kern-body" data-testid="deadline">
              {t('deadlines.ends', { date: formatDeadlineDay(d.dueAt, lang) })} – <DeadlineWords dueAt={d.dueAt} />
              {def.events[d.event.type] ? ` · ${t('deadlines.event', { event: localized(def.events[d.event.type]?.title, lang) })}` : ''}
              {d.extended ? (
                <p className="kern-body kern-body--small">
                  {t('deadlines.extended', { at: formatDateTime(d.extended.at, lang), previous: formatDeadlineDay(d.extended.previousDueAt, lang), reason: d.extended.reason })}
                </p>
              ) : mayExtend ? (
                <p>
                  <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" aria-label={t('deadlines.extendNamed', { date: formatDeadlineDay(d.dueAt, lang) })} onClick={() => { setNotice(''); setExtending(d); }}>
                    <span className="kern-label">{t('deadlines.extend')}</span>
                  </button>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {extending ? (
        <ExtendDeadlineDialog caseId={view.id} deadlineId={extending.id} dueAt={extending.dueAt}
          onCancel={() => setExtending(null)}
          onDone={(message) => { setExtending(null); setNotice(message); heading.current?.focus(); }} />
      ) : null}
    </section>
  );
}
