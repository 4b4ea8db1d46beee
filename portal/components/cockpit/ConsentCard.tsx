import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseLink } from './CaseLink.js';
import type { Consent, ConsentDecision } from './cockpitApi.js';
import { formatDate, formatDateTime, formatDuration } from './formatters.js';
import type { CockpitLabels } from './useCockpitLabels.js';

const BADGE = { open: 'info', granted: 'success', refused: 'danger', revoked: 'warning' } as const;
const ACTIONS: Record<Consent['status'], ConsentDecision[]> = { open: ['grant', 'refuse'], granted: ['revoke'], refused: [], revoked: [] };

/** One consent request: purpose, note, data, duration, authority and status in words, and the decisions open to me now. */
export function ConsentCard({ consent: c, labels, onDecide }: { consent: Consent; labels: CockpitLabels; onDecide: (decision: ConsentDecision) => void }) {
  const { t, i18n } = useTranslation('cockpit');
  const headingId = `consent-${c.id}`;
  const rows: [string, ReactNode][] = [
    [t('consents.status'), (
      <span className={`kern-badge kern-badge--${BADGE[c.status]}`}>
        <span className={`kern-icon kern-icon--${c.status === 'granted' ? 'success' : BADGE[c.status]}`} aria-hidden="true" />
        <span className="kern-label">{t(`consents.statusWord.${c.status}`)}</span>
      </span>
    )],
    [t('consents.purpose'), c.purpose],
    ...(c.note ? [[t('consents.note'), c.note] as [string, string]] : []),
    [t('consents.authority'), labels.authority(c.authority)],
    [t('consents.categories'), c.categories.map((id) => labels.category(id, labels.procedureOfCase(c.caseId))).join(', ')],
    [t('consents.duration'), formatDuration(c.duration, t)],
    ...(c.expiresAt && c.status === 'granted' ? [[t('consents.until'), formatDateTime(c.expiresAt, i18n.language)] as [string, string]] : []),
    [t('consents.asked'), formatDate(c.createdAt, i18n.language)],
    [t('consents.case'), <CaseLink caseId={c.caseId} labels={labels} />],
  ];
  return (
    <article className="cockpit-item" aria-labelledby={headingId}>
      <h2 className="kern-heading-medium" id={headingId}>{t('consents.request', { authority: labels.authority(c.authority) })}</h2>
      <dl className="kern-description-list">
        {rows.map(([key, value]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      {ACTIONS[c.status].length ? (
        <div className="kern-btn-wrapper cockpit-actions">
          {ACTIONS[c.status].map((d, i) => (
            <button key={d} type="button" className={`kern-btn kern-btn--${i === 0 && d === 'grant' ? 'primary' : 'secondary'}`} aria-describedby={headingId} onClick={() => onDecide(d)}>
              <span className="kern-label">{t(`consents.action.${d}`)}</span>
            </button>
          ))}
        </div>
      ) : null}
    </article>
  );
}
