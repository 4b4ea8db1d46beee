import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcedureConfig } from '../../../engine/index.js';
import { api, unwrap } from '../../../ui/index.js';
import { DeadlineText } from '../cases/DeadlineText.js';
import { Fact } from './Fact.js';
import { humanize } from './procedureFacts.js';

/** Whether companies and citizens join cases of the procedure (a tender's bidders) instead of opening their own. */
export function isJoinable(def: ProcedureConfig): boolean {
  return Object.values(def.roles).some((r) => r.kind === 'citizen' && r.joinable);
}

/** The published facts of an open case: its subject (the longest text) and the other plain fields, numbers in the UI's format. */
function publishedFacts(def: ProcedureConfig, published: Record<string, Record<string, unknown>>, language: string) {
  const fields = Object.entries(published).flatMap(([form, data]) => Object.entries(data)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .map(([key, value]) => {
      const title = (def.forms?.[form]?.schema.properties as Record<string, { title?: unknown }> | undefined)?.[key]?.title;
      const text = typeof value === 'number' ? value.toLocaleString(language) : String(value);
      return { key, label: typeof title === 'string' ? title : humanize(key), value: text, isText: typeof value === 'string' };
    }));
  const subject = fields.filter((f) => f.isText).sort((a, b) => b.value.length - a.value.length)[0];
  return { subject: subject?.value, others: fields.filter((f) => f !== subject) };
}

/**
 * The cases of a joinable procedure open now (tenders in their bidding period), as their
 * contracting authority published them, each with its deadline in words and the way in:
 * "An dieser Ausschreibung teilnehmen" (after login, see JoinCasePage).
 */
export function OpenCases({ def }: { def: ProcedureConfig }) {
  const { t, i18n } = useTranslation('catalogue');
  const open = useQuery({
    queryKey: ['open-cases', def.id],
    queryFn: () => unwrap(api.GET('/api/procedures/{id}/open-cases', { params: { path: { id: def.id } } })),
  });
  const now = new Date();
  return (
    <section className="app-section" aria-labelledby="open-cases-title">
      <h2 className="kern-heading-medium" id="open-cases-title">{t('open.title')}</h2>
      <p className="kern-body">{t('open.intro')}</p>
      {open.isPending ? <p className="kern-body">{t('shell:loading')}</p> : null}
      {open.isError ? <p className="kern-body">{t('shell:networkError')}</p> : null}
      {open.data?.length === 0 ? <p className="kern-body">{t('open.none')}</p> : null}
      {open.data?.length ? (
        <ul className="app-cards app-cards--wide">
          {open.data.map((c, i) => {
            const { subject, others } = publishedFacts(def, c.published ?? {}, i18n.language);
            const heading = subject ?? t('open.untitled', { n: i + 1 });
            return (
              <li key={c.id} className="kern-card">
                <div className="kern-card__container">
                  <div className="kern-card__header"><h3 className="kern-title">{heading}</h3></div>
                  <div className="kern-card__body">
                    <dl className="kern-description-list">
                      {others.map((f) => <Fact key={f.key} term={f.label}>{f.value}</Fact>)}
                      <Fact term={t('open.deadline')}>{c.deadline ? <DeadlineText deadline={{ dueAt: c.deadline, outcome: 'running' }} now={now} /> : t('open.noDeadline')}</Fact>
                    </dl>
                    <p className="kern-body">
                      {/* The name starts with the visible text (WCAG 2.5.3) and tells the tenders apart. */}
                      <Link className="kern-btn kern-btn--primary" to={`/verfahren/${def.id}/teilnehmen/${c.id}`} aria-label={`${t('open.join')}: ${heading}`}>
                        <span className="kern-label">{t('open.join')}</span>
                      </Link>
                    </p>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
