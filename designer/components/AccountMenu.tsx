import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { logout, useMe } from '../../ui/index.js';

/** Who is logged in, and the logout button (the session ends on the server). */
export function AccountMenu() {
  const { t } = useTranslation();
  const me = useMe().data;
  const queries = useQueryClient();
  if (!me) return null;
  const out = async () => {
    await logout();
    queries.clear();
    window.location.assign('/designer/');
  };
  return (
    <p className="dz-account">
      <span className="kern-body kern-body--small">{t('account.loggedInAs', { name: me.name })}</span>{' '}
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => void out()}><span className="kern-label">{t('account.logout')}</span></button>
    </p>
  );
}
