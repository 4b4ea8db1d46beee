import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { localized } from '../../ui/index.js';
import { useCategoryData } from '../api/caseReads.js';
import { ConsentRequestDialog } from './ConsentRequestDialog.js';
import { DataValues } from './DataValues.js';

/**
 * The case data by category (read-only); a category that needs the citizen's consent shows as
 * withheld until she grants it, with "Einwilligung anfragen".
 */
export function CaseData({ def, caseId, purpose, seq }: { def: ProcedureConfig; caseId: string; purpose: string; seq: number }) {
  const { t, i18n } = useTranslation('case');
  const declared = Object.entries(def.dataCategories ?? {});
  const reads = useCategoryData(caseId, purpose, declared.map(([c]) => c), seq);
  const queries = useQueryClient();
  const [asking, setAsking] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const title = (c: string) => localized(def.dataCategories?.[c]?.title, i18n.language) || c;
  return (
    <section className="app-section" aria-labelledby="case-data">
      <h2 className="kern-heading-medium" id="case-data">{t('sections.data')}</h2>
      <div role="status">{sent ? <p className="kern-body">{t('consent.sent', { category: title(sent) })}</p> : null}</div>
      {declared.map(([category], i) => {
        const read = reads[i]!;
        return (
          <section key={category} className="wb-category" aria-labelledby={`category-${category}`}>
            <h3 className="kern-heading-small" id={`category-${category}`}>{title(category)}</h3>
            {read.isPending ? <p className="kern-body">{t('shell:loading')}</p> : null}
            {read.isError ? <p className="kern-body">{t('app:loadError', { message: read.error.message })}</p> : null}
            {read.data?.withheld ? (
              <>
                <p className="kern-body" data-testid={`withheld-${category}`}>{t('data.withheld')}</p>
                <div className="wb-buttons">
                  <button type="button" className="kern-btn kern-btn--secondary" aria-label={t('data.askConsentNamed', { category: title(category) })} onClick={() => setAsking(category)}>
                    <span className="kern-label">{t('data.askConsent')}</span>
                  </button>
                  {sent === category ? (
                    <button type="button" className="kern-btn kern-btn--tertiary" aria-label={t('data.recheckNamed', { category: title(category) })} onClick={() => { void read.refetch(); void queries.invalidateQueries({ queryKey: ['verify'] }); }}>
                      <span className="kern-label">{t('data.recheck')}</span>
                    </button>
                  ) : null}
                </div>
              </>
            ) : null}
            {read.data && !read.data.withheld ? <DataValues def={def} data={read.data.data} idPrefix={`data-${category}`} /> : null}
          </section>
        );
      })}
      {asking ? (
        <ConsentRequestDialog caseId={caseId} category={asking} categoryTitle={title(asking)}
          onCancel={() => setAsking(null)} onDone={() => { setSent(asking); setAsking(null); }} />
      ) : null}
    </section>
  );
}
