import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/index.js';
import { ACCESSIBILITY_CONTACT, STATEMENT_DATE } from '../components/catalogue/accessibilityContact.js';

/** Erklärung zur Barrierefreiheit (BITV 2.0 § 7): conformity, known limitations, date, feedback route, conciliation. */
export function AccessibilityPage() {
  const { t, i18n } = useTranslation('catalogue');
  usePageTitle(t('a11y.title'));
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(STATEMENT_DATE));
  const mailto = `mailto:${ACCESSIBILITY_CONTACT}?subject=${encodeURIComponent(t('a11y.feedbackSubject'))}`;
  return (
    <>
      <h1 className="kern-heading-large">{t('a11y.title')}</h1>
      <p className="kern-body">{t('a11y.intro')}</p>
      <section className="app-section">
        <h2 className="kern-heading-medium">{t('a11y.statusTitle')}</h2>
        <p className="kern-body">{t('a11y.status')}</p>
        <h3 className="kern-heading-small">{t('a11y.methodTitle')}</h3>
        <p className="kern-body">{t('a11y.method')}</p>
      </section>
      <section className="app-section">
        <h2 className="kern-heading-medium">{t('a11y.limitsTitle')}</h2>
        <ul className="kern-list kern-list--bullet">{(t('a11y.limits', { returnObjects: true }) as string[]).map((l) => <li key={l}>{l}</li>)}</ul>
      </section>
      <section className="app-section">
        <h2 className="kern-heading-medium">{t('a11y.dateTitle')}</h2>
        <p className="kern-body">{t('a11y.date', { date })}</p>
      </section>
      <section className="app-section">
        <h2 className="kern-heading-medium">{t('a11y.feedbackTitle')}</h2>
        <p className="kern-body">{t('a11y.feedback')}</p>
        <p className="kern-body"><a className="kern-link" href={mailto}>{t('a11y.feedbackLink', { email: ACCESSIBILITY_CONTACT })}</a></p>
      </section>
      <section className="app-section">
        <h2 className="kern-heading-medium">{t('a11y.enforcementTitle')}</h2>
        <p className="kern-body">{t('a11y.enforcement')}</p>
        <p className="kern-body"><a className="kern-link" href="https://www.schlichtungsstelle-bgg.de/">{t('a11y.enforcementLink')}</a></p>
      </section>
    </>
  );
}
