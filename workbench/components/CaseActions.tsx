import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { localized, useMe } from '../../ui/index.js';
import type { CaseView } from '../api/caseReads.js';
import { EventForm } from './EventForm.js';
import { myStaffRoles } from './eventFacts.js';
import { SealedResult } from './SealedResult.js';

/**
 * The actions: exactly the events the case accepts now from the clerk's roles, each opening its
 * form (the portal's renderer); after one that seals, the sealed document and its check.
 */
export function CaseActions({ def, view, purpose }: { def: ProcedureConfig; view: CaseView; purpose: string }) {
  const { t, i18n } = useTranslation('case');
  const me = useMe().data!;
  const queries = useQueryClient();
  const roles = myStaffRoles(def, me.authority);
  const accepted = view.accepts.filter((a) => a.by.some((r) => roles.includes(r))).map((a) => a.type);
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<{ title: string; sealed: boolean; at: string } | null>(null);
  const title = (event: string) => localized(def.events[event]?.title, i18n.language) || event;
  const fired = async (event: string, sealed: boolean) => {
    setOpen(null);
    setDone({ title: title(event), sealed, at: new Date(Date.now() - 60_000).toISOString() });
    await queries.invalidateQueries({ queryKey: ['case', view.id] });
  };
  return (
    <section className="app-section" aria-labelledby="case-actions">
      <h2 className="kern-heading-medium" id="case-actions">{t('sections.actions')}</h2>
      <div role="status">{done ? <p className="kern-body" id="action-done" tabIndex={-1}>{t('actions.done', { title: done.title })}</p> : null}</div>
      {done?.sealed ? <SealedResult def={def} caseId={view.id} purpose={purpose} view={view} after={done.at} /> : null}
      {accepted.length === 0 ? <p className="kern-body">{t('actions.none')}</p> : (
        <>
          <p className="kern-body">{t('actions.lead')}</p>
          <ul className="wb-actions">
            {accepted.map((event) => (
              <li key={event}>
                {open === event
                  ? <EventForm def={def} view={view} event={event} title={title(event)} purpose={purpose} onDone={(sealed) => void fired(event, sealed)} onCancel={() => setOpen(null)} />
                  : <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setOpen(event)}><span className="kern-label">{title(event)}</span></button>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
