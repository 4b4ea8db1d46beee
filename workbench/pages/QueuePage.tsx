import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useMe, usePageTitle } from '../../ui/index.js';
import { assignCase, useColleagues } from '../api/assignment.js';
import { fetchQueue } from '../api/caseList.js';
import type { QueueItem } from '../api/caseList.js';
import { BulkAssignBar } from '../components/BulkAssignBar.js';
import { BulkReport } from '../components/BulkReport.js';
import { shortRef } from '../components/caseFacts.js';
import { QueueFilterForm } from '../components/QueueFilterForm.js';
import { QueueTable } from '../components/QueueTable.js';
import { QueueViews } from '../components/QueueViews.js';
import { SavedFilters } from '../components/SavedFilters.js';
import { useBulkAssignment } from '../components/useBulkAssignment.js';
import { useCatalogue, useProcedures } from '../components/useProcedures.js';
import { useQueueFilters } from '../components/useQueueFilters.js';
import { QueueShortcuts } from '../shortcuts/QueueShortcuts.js';

/**
 * The first screen: the cases of my authority, nearest legal deadline first, in the views
 * "Mir zugewiesen", "Meine Gruppe", "Alle", filtered through the URL; saved filters above,
 * rows chosen for bulk assignment with a report of what failed.
 */
export function QueuePage() {
  const { t, i18n } = useTranslation('queue');
  const me = useMe().data!;
  const [filters, setFilters] = useQueueFilters();
  const { search } = useLocation();
  const queries = useQueryClient();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  usePageTitle(t('title'));
  const queue = useQuery({ queryKey: ['queue', filters], queryFn: () => fetchQueue(filters) });
  const colleagues = useColleagues().data ?? [];
  const bulk = useBulkAssignment(colleagues);
  const catalogue = useCatalogue().data ?? [];
  const mine = catalogue.filter((p) => p.authority === me.authority).map((p) => p.id);
  const items = queue.data && !queue.data.unsupported ? queue.data.items : [];
  const { definitions, pending } = useProcedures([...mine, ...items.map((i) => i.procedure)]);
  const authorityTitle = catalogue.find((p) => p.authority === me.authority)?.authorityTitle;
  // The assignment routes exist where the list reports assignees; only my authority's cases are mine to assign.
  const assignable = items.some((i) => 'assignee' in i);
  const ownCases = items.some((i) => i.authority === me.authority);
  const names = new Map(colleagues.map((c) => [c.sub, c.name]));

  const assign = async (item: QueueItem, assignee: string | null) => {
    const ref = shortRef(item.id);
    try {
      await assignCase(item.id, assignee);
      setNotice({ ok: true, text: t(assignee ? 'assigned' : 'released', { ref }) });
      await queries.invalidateQueries({ queryKey: ['queue'] });
    } catch (err) {
      setNotice({ ok: false, text: t('assignFailed', { message: (err as Error).message }) });
    }
  };

  return (
    <>
      <h1 className="kern-heading-large">{t('title')}</h1>
      <p className="kern-body">{t('intro', { authority: (authorityTitle && (i18n.language === 'en' ? authorityTitle.en : authorityTitle.de)) || me.authority })}</p>
      <div className="wb-page-tools"><QueueShortcuts /></div>
      <QueueViews filters={filters} />
      <SavedFilters search={search} />
      <QueueFilterForm key={JSON.stringify(filters)} filters={filters} procedures={mine.flatMap((id) => definitions.get(id) ?? [])} onApply={setFilters} />
      <div role="status" className="wb-status">{notice ? <p className={`kern-body ${notice.ok ? '' : 'kern-error'}`}>{notice.text}</p> : null}</div>
      {bulk.outcome ? <BulkReport outcome={bulk.outcome} /> : null}
      {queue.isPending || pending ? <p className="kern-body">{t('loading')}</p> : null}
      {queue.isError ? <p className="kern-body" role="alert">{t('app:loadError', { message: queue.error.message })}</p> : null}
      {queue.data?.unsupported ? <p className="kern-body">{t('viewUnsupported')}</p> : null}
      {queue.data && !queue.data.unsupported && !pending ? (
        <>
          <p className="kern-body" id="queue-count">{t('count', { count: queue.data.total })}</p>
          {assignable && ownCases ? <BulkAssignBar count={bulk.chosen.size} me={me.sub} colleagues={colleagues} busy={bulk.busy} onAssign={(a) => void bulk.assign(a)} /> : null}
          {items.length ? (
            <QueueTable items={items} definitions={definitions} me={me.sub} authority={me.authority ?? ''} names={names}
              {...(assignable ? { onAssign: (i: QueueItem, a: string | null) => void assign(i, a), selection: { chosen: bulk.chosen, toggle: bulk.toggle } } : {})} />
          ) : <p className="kern-body">{t('none')}</p>}
        </>
      ) : null}
    </>
  );
}
