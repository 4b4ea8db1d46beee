import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { loginUrl, useMe, usePageTitle } from '../../ui/index.js';

/**
 * Shows the workbench only to staff of an authority: logged out, a login page (the dev IdP or
 * the installation's OIDC provider, back to the same page afterwards); logged in as anyone else,
 * a page that says the workbench is not for them and where their own cases are.
 */
export function StaffOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const here = `/workbench${location.pathname === '/' ? '/' : location.pathname}${location.search}`;
  if (me.isPending) return <Plain title={t('shell:loading')} />;
  if (me.isError) return <Plain title={t('shell:networkError')} />;
  if (!me.data) {
    return (
      <Plain title={t('login.title')} text={t('login.text')}>
        <p><a className="kern-btn kern-btn--primary" href={loginUrl(here)}><span className="kern-label">{t('login.button')}</span></a></p>
      </Plain>
    );
  }
  if (me.data.kind !== 'staff') {
    return (
      <Plain title={t('notStaff.title')} text={t('notStaff.text', { name: me.data.name })}>
        <ul className="wb-links">
          <li><a className="kern-link" href="/vorgaenge">{t('notStaff.portal')}</a></li>
        </ul>
      </Plain>
    );
  }
  return <>{children}</>;
}

/** A simple page: its h1, a text, and what follows. */
function Plain({ title, text, children }: { title: string; text?: string; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <h1 className="kern-heading-large">{title}</h1>
      {text ? <p className="kern-body">{text}</p> : null}
      {children}
    </>
  );
}
