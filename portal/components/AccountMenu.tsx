import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { loginUrl, logout, useMe } from '../session.js';

/** "Anmelden" when logged out; the name and "Abmelden" when logged in. */
export function AccountMenu() {
  const { t } = useTranslation('shell');
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  if (me.isPending) return null;
  if (!me.data) return <a className="kern-btn kern-btn--secondary" href={loginUrl(location.pathname + location.search)}><span className="kern-label">{t('login')}</span></a>;
  return (
    <p className="app-account">
      <span>{t('loggedInAs', { name: me.data.name })}</span>{' '}
      <button type="button" className="kern-btn kern-btn--tertiary" onClick={async () => {
        await logout();
        queries.clear();
        void navigate('/');
      }}><span className="kern-label">{t('logout')}</span></button>
    </p>
  );
}
