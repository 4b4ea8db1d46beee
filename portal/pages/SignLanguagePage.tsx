import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/index.js';

/**
 * Gebärdensprache (BITV 2.0 § 4): honest about what exists — no DGS video yet — what the portal
 * offers and how deaf people get help (an interpreter at the authority's cost, § 9 BGG).
 */
export function SignLanguagePage() {
  const { t } = useTranslation('catalogue');
  usePageTitle(t('sign.title'));
  const list = (key: string) => t(key, { returnObjects: true }) as string[];
  return (
    <>
      <h1 className="kern-heading-large">{t('sign.title')}</h1>
      <div className="kern-alert kern-alert--info" role="note">
        <div className="kern-alert__body"><p className="kern-body">{t('sign.noVideo')}</p></div>
      </div>
      <section className="app-section">
        <h2 className="kern-heading-medium">{t('sign.offerTitle')}</h2>
        <ul className="kern-list kern-list--bullet">{list('sign.offer').map((line) => <li key={line}>{line}</li>)}</ul>
      </section>
      <section className="app-section">
        <h2 className="kern-heading-medium">{t('sign.helpTitle')}</h2>
        <ul className="kern-list kern-list--bullet">{list('sign.help').map((line) => <li key={line}>{line}</li>)}</ul>
        <p className="kern-body"><Link className="kern-link" to="/barrierefreiheit">{t('sign.toStatement')}</Link></p>
        <p className="kern-body"><Link className="kern-link" to="/leichte-sprache">{t('sign.toEasy')}</Link></p>
      </section>
    </>
  );
}
