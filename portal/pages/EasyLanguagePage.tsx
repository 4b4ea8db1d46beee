import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/index.js';

/** The portal explained in Leichte Sprache (BITV 2.0 § 4): short sentences, one statement each, hard words explained. */
export function EasyLanguagePage() {
  const { t } = useTranslation('catalogue');
  usePageTitle(t('easy.title'));
  const sections = t('easy.sections', { returnObjects: true }) as { heading: string; lines: string[] }[];
  return (
    <div className="app-easy">
      <h1 className="kern-heading-large">{t('easy.title')}</h1>
      {sections.map((s) => (
        <section key={s.heading} className="app-section">
          <h2 className="kern-heading-medium">{s.heading}</h2>
          {s.lines.map((line) => <p className="kern-body kern-body--large" key={line}>{line}</p>)}
        </section>
      ))}
      <p className="kern-body kern-body--large"><Link className="kern-link" to="/barrierefreiheit">{t('shell:accessibility')}</Link></p>
    </div>
  );
}
