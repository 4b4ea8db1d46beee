import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePageTitle } from '../shell/usePageTitle.js';
import { loginUrl, useMe } from './session.js';
import type { Me } from './session.js';

/** Props of {@link RoleGate}. */
export interface RoleGateProps {
  /** The kind of account the app is for. */
  kind: Me['kind'];
  /** The app's base path (e.g. `/workbench`), to come back to the same page after login. */
  basePath: string;
  /** Prefix of the app's texts for "not for you" (`<prefix>.title`, `<prefix>.text` with `{{name}}`). */
  deniedTexts: string;
  /** What the "not for you" page offers instead (e.g. a link to the portal). */
  denied: ReactNode;
  children: ReactNode;
}

/**
 * Shows an app only to accounts of one kind: logged out, a login page (the dev IdP or the
 * installation's OIDC provider, back to the same page afterwards); logged in as anyone else, a
 * page that says the app is not for them. Texts come from the app's default namespace
 * (`login.title`, `login.text`, `login.button` and the `deniedTexts` prefix).
 */
export function RoleGate({ kind, basePath, deniedTexts, denied, children }: RoleGateProps) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const here = `${basePath}${location.pathname === '/' ? '/' : location.pathname}${location.search}`;
  if (me.isPending) return <Plain title={t('shell:loading')} />;
  if (me.isError) return <Plain title={t('shell:networkError')} />;
  if (!me.data) {
    return (
      <Plain title={t('login.title')} text={t('login.text')}>
        <p><a className="kern-btn kern-btn--primary" href={loginUrl(here)}><span className="kern-label">{t('login.button')}</span></a></p>
      </Plain>
    );
  }
  if (me.data.kind !== kind) {
    return <Plain title={t(`${deniedTexts}.title`)} text={t(`${deniedTexts}.text`, { name: me.data.name })}>{denied}</Plain>;
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
