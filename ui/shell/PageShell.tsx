import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.js';

/** A link of the header or footer navigation (router links are passed in by the app). */
export interface ShellLink {
  key: string;
  node: ReactNode;
}

/** What an app puts into the shell. */
export interface PageShellProps {
  /** Name of the app beside the site name, e.g. "Bürgerportal". */
  appName: string;
  /** Links in the header's main navigation. */
  nav?: ShellLink[];
  /** Links in the header's service bar (BITV 2.0: Leichte Sprache, Gebärdensprache). */
  service?: ShellLink[];
  /** Login state or logout button. */
  account?: ReactNode;
  footer?: ShellLink[];
  children: ReactNode;
}

/**
 * The page frame of every UI (KERN): the official-site bar, a skip link to the main content,
 * header with navigation and language switch, `<main id="main">`, footer. One `h1` per page is
 * the page's job, not the shell's.
 */
export function PageShell({ appName, nav = [], service = [], account, footer = [], children }: PageShellProps) {
  const { t } = useTranslation('shell');
  return (
    <>
      <a className="skip-link kern-link" href="#main">{t('skipLink')}</a>
      <div className="kern-kopfzeile">
        <div className="kern-container">
          <span className="kern-kopfzeile__label">{t('official')}</span>
        </div>
      </div>
      <header className="app-header">
        <div className="kern-container app-header__bar">
          <p className="app-header__brand"><span className="app-header__site">{t('siteName')}</span> <span className="app-header__app">{appName}</span></p>
          <ul className="app-header__service" aria-label={t('serviceNavigation')}>
            {service.map((l) => <li key={l.key}>{l.node}</li>)}
            <li><LanguageSwitch /></li>
          </ul>
          {account ? <div className="app-header__account">{account}</div> : null}
        </div>
        {nav.length ? (
          <nav className="kern-container app-nav" aria-label={t('mainNavigation')}>
            <ul>{nav.map((l) => <li key={l.key}>{l.node}</li>)}</ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="kern-container app-main">{children}</main>
      <footer className="app-footer">
        <nav className="kern-container" aria-label={t('footerNavigation')}>
          <ul>{footer.map((l) => <li key={l.key}>{l.node}</li>)}</ul>
        </nav>
      </footer>
    </>
  );
}
