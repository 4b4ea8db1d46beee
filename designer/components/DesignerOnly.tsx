import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { loginUrl, useMe, usePageTitle } from '../../ui/index.js';

/**
 * Shows the designer only to procedure designers of the ministry: logged out, a login page (back
 * to the same page afterwards); logged in as anyone else, a page that says it is not for them.
 */
export function DesignerOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const here = `/designer${location.pathname === '/' ? '/' : location.pathname}${location.search}`;
  if (me.isPending) return <Plain title={t('shell:loading')} />;
  if (me.isError) return <Plain title={t('shell:networkError')} />;
  if (!me.data) {
    return (
      <Plain title={t('login.title')} text={t('login.text')}>
        <p><a className="kern-btn kern-btn--primary" href={loginUrl(here)}><span className="kern-label">{t('login.button')}</span></a></p>
      </Plain>
    );
  }
  if (me.data.kind !== 'designer') {
    return (
      <Plain title={t('noAccess.title')} text={t('noAccess.text', { name: me.data.name })}>
        <p><a className="kern-link" href="/">{t('noAccess.portal')}</a></p>
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
