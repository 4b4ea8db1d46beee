import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { logout, useMe } from './session.js';

/**
 * Who is logged in and the logout button, for the apps behind a login (workbench, designer):
 * after logout the session ends on the server and the browser goes to `home`, where the app's
 * gate offers the login again. Texts: `account.loggedInAs`, `account.logout` of the app.
 */
export function StaffAccountMenu({ home }: { home: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const queries = useQueryClient();
  if (!me) return null;
  const out = async () => {
    await logout();
    queries.clear();
    window.location.assign(home);
  };
  return (
    <p className="app-account app-account--small">
      <span className="kern-body kern-body--small">{t('account.loggedInAs', { name: me.name })}</span>{' '}
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => void out()}><span className="kern-label">{t('account.logout')}</span></button>
    </p>
  );
}
