import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localized, prepareForm, usePageTitle } from '../../ui/index.js';
import type { ProcedureForm } from '../../ui/index.js';
import { useProcedure } from '../components/catalogue/useProcedures.js';
import { ActionForm } from '../components/cases/ActionForm.js';
import { useCase } from '../components/cases/useCases.js';
import { loginUrl, useMe } from '../session.js';

/**
 * One event the citizen may send on her case now, with its form, on a page of its own
 * (`/vorgaenge/:caseId/aktion/:event`): "Unterlagen nachreichen" after the authority asked for
 * them, say. An event the case does not accept from her now says so and leads back.
 */
export function CaseActionPage() {
  const { caseId = '', event = '' } = useParams();
  const { t, i18n } = useTranslation('cases');
  const me = useMe();
  const view = useCase(me.data ? caseId : undefined);
  const def = useProcedure(view.data?.procedure).data;
  const c = view.data;
  const myRoles = c?.parties.filter((p) => p.id === me.data?.sub).map((p) => p.role) ?? [];
  const accepted = c?.accepts.some((a) => a.type === event && a.by.some((r) => myRoles.includes(r)));
  const formId = def?.events[event]?.form;
  const raw = formId ? def?.forms?.[formId] : undefined;
  const title = localized(def?.events[event]?.title, i18n.language) || (def ? event : t('shell:loading'));
  const back = <p><Link className="kern-link" to={`/vorgaenge/${caseId}`}>{t('action.back')}</Link></p>;

  if (me.data === null) return <Missing back={back} title={t('action.loginTitle')} text={t('list.loggedOut')} login={`/vorgaenge/${caseId}/aktion/${event}`} />;
  if (view.isError) return <Missing back={back} title={t('case.notFound')} text={t('case.notFoundText')} />;
  if (!c || !def) return <Missing back={back} title={t('shell:loading')} />;
  if (!accepted || !raw) return <Missing back={back} title={title} text={t('action.notNow')} />;
  return (
    <>
      {back}
      <p className="kern-body kern-body--muted">{localized(def.title, i18n.language)}</p>
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">{t('action.lead', { authority: localized(def.authorityTitle, i18n.language) || c.authority })}</p>
      <ActionForm caseId={caseId} event={event} title={title} form={prepareForm(raw as ProcedureForm, i18n.language)} />
    </>
  );
}

/** The page while loading, logged out, or when the event cannot be sent now. */
function Missing({ back, title, text, login }: { back: ReactNode; title: string; text?: string; login?: string }) {
  const { t } = useTranslation('cases');
  usePageTitle(title);
  return (
    <>
      {back}
      <h1 className="kern-heading-large">{title}</h1>
      {text ? <p className="kern-body">{text}</p> : null}
      {login ? <p><a className="kern-btn kern-btn--primary" href={loginUrl(login)}><span className="kern-label">{t('list.login')}</span></a></p> : null}
    </>
  );
}
