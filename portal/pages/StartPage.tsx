import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localized, usePageTitle } from '../../ui/index.js';
import { CatalogueSearch } from '../components/catalogue/CatalogueSearch.js';
import { groupProcedures, matchesSearch } from '../components/catalogue/groupProcedures.js';
import type { Grouping } from '../components/catalogue/groupProcedures.js';
import { ProcedureGroups } from '../components/catalogue/ProcedureGroups.js';
import { useProcedures } from '../components/catalogue/useProcedures.js';

/**
 * Start page and catalogue: every published procedure (tenders included), searchable, grouped by
 * life situation or by authority. Query and grouping live in the URL (`?q=…&nach=behoerde`), so a
 * search can be bookmarked and the back button restores it.
 */
export function StartPage() {
  const { t, i18n } = useTranslation('catalogue');
  usePageTitle(t('start.title'));
  const procedures = useProcedures();
  const [params, setParams] = useSearchParams();
  // Local state drives the controlled fields at once; the URL follows (router updates are transitions).
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [grouping, setGrouping] = useState<Grouping>(params.get('nach') === 'behoerde' ? 'behoerde' : 'lebenslage');
  const found = useMemo(() => (procedures.data ?? []).filter((p) => matchesSearch(p, query)), [procedures.data, query]);
  const groups = useMemo(
    () => groupProcedures(found, grouping, (v) => localized(v, i18n.language), t('start.otherGroup')),
    [found, grouping, i18n.language, t],
  );
  const count = query.trim() ? t('start.resultsFor', { count: found.length, query: query.trim() }) : t('start.results', { count: found.length });

  return (
    <>
      <h1 className="kern-heading-large">{t('start.title')}</h1>
      <p className="kern-body kern-body--large">{t('start.intro')}</p>
      <CatalogueSearch
        query={query} grouping={grouping}
        onChange={(next) => {
          setQuery(next.query);
          setGrouping(next.grouping);
          setParams({ ...(next.query ? { q: next.query } : {}), ...(next.grouping === 'behoerde' ? { nach: 'behoerde' } : {}) }, { replace: true });
        }}
      />
      {/* Present from the start, so screen readers announce each new count politely. */}
      <p className="kern-body kern-body--bold" role="status" aria-live="polite" id="catalogue-count">{procedures.data ? count : ''}</p>
      {procedures.isPending ? <p className="kern-body">{t('shell:loading')}</p> : null}
      {procedures.isError ? (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__header"><span className="kern-title">{t('shell:problem')}</span></div>
          <div className="kern-alert__body"><p className="kern-body">{t('start.loadError')}</p></div>
        </div>
      ) : null}
      {procedures.data && found.length === 0 ? <p className="kern-body">{t('start.none')}</p> : null}
      <ProcedureGroups groups={groups} />
    </>
  );
}
