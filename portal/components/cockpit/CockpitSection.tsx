import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePageTitle } from '../../../ui/index.js';
import { loginUrl, useMe } from '../../session.js';
import type { CockpitPart } from './cockpitParts.js';

/** What a section's content may tell its frame: that it shows errors (the title says "Fehler: "). */
export type ReportErrors = (hasErrors: boolean) => void;

/**
 * The frame of one cockpit part: its `h1` and page title, and — for a visitor who is not logged
 * in — what the part is for and a login link that comes back here. The content renders only for
 * a logged-in person, so its queries never run without a session.
 */
export function CockpitSection({ part, intro, children }: { part: CockpitPart; intro?: string; children: (reportErrors: ReportErrors) => ReactNode }) {
  const { t } = useTranslation('cockpit');
  const me = useMe();
  const location = useLocation();
  const [hasErrors, setHasErrors] = useState(false);
  const title = t(`nav.${part}`);
  usePageTitle(title, hasErrors);
  let body: ReactNode;
  if (me.isPending) body = <p className="kern-body" role="status">{t('shell:loading')}</p>;
  else if (!me.data) {
    body = (
      <>
        <p className="kern-body">{t(`loggedOut.${part}`)}</p>
        <p className="kern-body">{t('loggedOut.why')}</p>
        <p><a className="kern-btn kern-btn--primary" href={loginUrl(location.pathname)}><span className="kern-label">{t('loggedOut.login')}</span></a></p>
      </>
    );
  } else {
    body = (
      <>
        {intro ? <p className="kern-body">{intro}</p> : null}
        {children(setHasErrors)}
      </>
    );
  }
  return (
    <section className="cockpit-section" aria-labelledby="cockpit-h1">
      <h1 className="kern-heading-large" id="cockpit-h1">{title}</h1>
      {body}
    </section>
  );
}

/** Loading, failed or ready: the state line every cockpit list shows before its content. */
export function QueryState({ isPending, isError }: { isPending: boolean; isError: boolean }) {
  const { t } = useTranslation('cockpit');
  if (isPending) return <p className="kern-body" role="status">{t('shell:loading')}</p>;
  if (isError) {
    return (
      <div className="kern-alert kern-alert--danger" role="alert">
        <div className="kern-alert__header"><span className="kern-icon kern-icon--danger" aria-hidden="true" /><span className="kern-title">{t('shell:problem')}</span></div>
        <div className="kern-alert__body"><p className="kern-body">{t('loadError')}</p></div>
      </div>
    );
  }
  return null;
}
