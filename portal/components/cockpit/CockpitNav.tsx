import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { COCKPIT_PARTS } from './cockpitParts.js';

/**
 * The cockpit's sub-navigation: a real `nav` whose current link carries `aria-current="page"`
 * (NavLink sets it) and shows it by a bar and bold type, not by colour alone.
 */
export function CockpitNav() {
  const { t } = useTranslation('cockpit');
  return (
    <nav className="cockpit-nav" aria-label={t('navLabel')}>
      <p className="kern-body kern-body--bold cockpit-nav__title">{t('title')}</p>
      <ul>
        {COCKPIT_PARTS.map((part) => (
          <li key={part}>
            <NavLink className="kern-link cockpit-nav__link" to={`/cockpit/${part}`}>{t(`nav.${part}`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
