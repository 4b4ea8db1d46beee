import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe, usePageTitle } from '../../ui/index.js';
import { assignCase } from '../api/assignment.js';
import { fetchQueue } from '../api/caseList.js';
import type { QueueItem } from '../api/caseList.js';
import { shortRef } from '../components/caseFacts.js';
import { QueueFilterForm } from '../components/QueueFilterForm.js';
import { QueueTable } from '../components/QueueTable.js';
import { QueueViews } from '../components/QueueViews.js';
import { useCatalogue, useProcedures } from '../components/useProcedures.js';
import { useQueueFilters } from '../components/useQueueFilters.js';

/**
 * The first screen: the cases of my authority, nearest legal deadline first, in the views
 * "Mir zugewiesen", "Meine Gruppe", "Alle", filtered through the URL.
 */
export function QueuePage() {
  const { t, i18n } = useTranslation('queue');
  const me = useMe().data!;
  const [filters, setFilters] = useQueueFilters();
  const queries = useQueryClient();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  usePageTitle(t('title'));
  const queue = useQuery({ queryKey: ['queue', filters], queryFn: () => fetchQueue(filters) });
  const catalogue = useCatalogue().data ?? [];
  const mine = catalogue.filter((p) => p.authority === me.authority).map((p) => p.id);
  const items = queue.data && !queue.data.unsupported ? queue.data.items : [];
  const { definitions, pending } = useProcedures([...mine, ...items.map((i) => i.procedure)]);
  const authorityTitle = catalogue.find((p) => p.authority === me.authority)?.authorityTitle;
  // The assignment routes exist where the list reports assignees.
  const assignable = items.some((i) => 'assignee' in i);

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
      <QueueViews filters={filters} />
      <QueueFilterForm key={JSON.stringify(filters)} filters={filters} procedures={mine.flatMap((id) => definitions.get(id) ?? [])} onApply={setFilters} />
      <div role="status" className="wb-status">{notice ? <p className={`kern-body ${notice.ok ? '' : 'kern-error'}`}>{notice.text}</p> : null}</div>
      {queue.isPending || pending ? <p className="kern-body">{t('loading')}</p> : null}
      {queue.isError ? <p className="kern-body" role="alert">{t('app:loadError', { message: queue.error.message })}</p> : null}
      {queue.data?.unsupported ? <p className="kern-body">{t('viewUnsupported')}</p> : null}
      {queue.data && !queue.data.unsupported && !pending ? (
        <>
          <p className="kern-body" id="queue-count">{t('count', { count: queue.data.total })}</p>
          {items.length ? <QueueTable items={items} definitions={definitions} me={me.sub} authority={me.authority} {...(assignable ? { onAssign: (i: QueueItem, a: string | null) => void assign(i, a) } : {})} /> : <p className="kern-body">{t('none')}</p>}
        </>
      ) : null}
    </>
  );
}
