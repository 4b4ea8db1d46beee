import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { localized, usePageTitle } from '../../ui/index.js';
import type { FormData, ServerFieldError } from '../../ui/index.js';
import { CheckPage, focusHashField } from '../components/apply/CheckPage.js';
import { PageState } from '../components/apply/PageState.js';
import { StepForm } from '../components/apply/StepForm.js';
import { TaskList } from '../components/apply/TaskList.js';
import { saveDraft } from '../components/apply/saveDraft.js';
import { useApplication } from '../components/apply/useApplication.js';
import { stepStatus } from '../components/apply/stepStatus.js';

/**
 * The application form of a case: the citizen's event (the one the case accepts now from a
 * citizen role), one page per group for long forms with a task list, drafts saved on the
 * server at every "Weiter", check answers, then the binding submission.
 */
export function ApplyPage() {
  const { caseId = '' } = useParams();
  const { t, i18n } = useTranslation('apply');
  const navigate = useNavigate();
  const { app, error } = useApplication(caseId);
  const [data, setData] = useState<FormData>({});
  const [loaded, setLoaded] = useState(false);
  const [visited, setVisited] = useState<Set<number>>(new Set());
  const [invalid, setInvalid] = useState(false);
  const [serverErrors, setServerErrors] = useState<ServerFieldError[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    if (!app || loaded) return;
    if (app.draft) {
      setData(app.draft.data);
      setStatus(t('apply.resumed', { time: new Date(app.draft.savedAt).toLocaleString(i18n.language) }));
    }
    setLoaded(true);
  }, [app, loaded, t, i18n.language]);
  useEffect(focusHashField);

  const procedureTitle = app ? localized(app.procedure.title, i18n.language) : '';
  const title = t('apply.title', { procedure: procedureTitle });
  if (!app || !loaded) return <PageState title={t('apply.title', { procedure: '' })} error={error} />;
  if (!app.event || !app.form) return <NotAccepting caseId={caseId} title={title} submitted={app.view.seq > 0} />;
  const { form, pages, event } = app;
  const base = `/antrag/${caseId}`;
  const pageOfPointer = (pointer: string) => (pages ? pages.findIndex((p) => p.fields.includes(pointer.split('/')[1] ?? '')) : -1);
  const changeTo = (pointer: string) => (pages ? `${base}/schritt/${Math.max(0, pageOfPointer(pointer)) + 1}` : base);
  const next = async (newData: FormData, to: string, page?: number) => {
    setInvalid(false);
    if (page !== undefined) setVisited((v) => new Set(v).add(page));
    // No draft of data the case does not keep (a sealed bid): it would lie unsealed on the server.
    const saved = app.procedure.events[event]?.keepData === false ? null : await saveDraft(caseId, event, newData);
    setStatus(saved ? t('apply.saved', { time: new Date(saved).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) }) : null);
    void navigate(to);
  };
  const errorsOf = (fields?: string[]) => serverErrors.filter((e) => !fields || fields.includes(e.path.split('/')[1] ?? ''));
  const sections = pages
    ? pages.map((p, i) => ({ title: p.title ?? t('apply.general'), fields: p.fields, changeTo: `${base}/schritt/${i + 1}` }))
    : [{ changeTo: base }];
  const formTitle = localized(app.procedure.events[event]?.title ?? form.schema.title as string ?? procedureTitle, i18n.language);

  return (
    <Routes>
      <Route index element={pages ? (
        <Overview title={title} status={status} tasks={pages.map((p, i) => ({
          title: p.title ?? t('apply.general'), to: `${base}/schritt/${i + 1}`,
          status: stepStatus(p, data, visited.has(i), errorsOf(p.fields).length > 0),
        }))} checkTo={`${base}/pruefen`} />
      ) : (
        <StepForm title={title} caption={formTitle} form={form} data={data} onChange={setData} status={status}
          invalid={invalid} onInvalid={() => setInvalid(true)} serverErrors={errorsOf()}
          onNext={(d) => void next(d, `${base}/pruefen`)} />
      )} />
      {pages?.map((p, i) => (
        <Route key={i} path={`schritt/${i + 1}`} element={
          <StepForm title={p.title ?? t('apply.general')} caption={t('apply.step', { n: i + 1, count: pages.length, title: procedureTitle })}
            form={p} data={data} onChange={setData} status={status} backTo={i ? `${base}/schritt/${i}` : base}
            invalid={invalid} onInvalid={() => setInvalid(true)} serverErrors={errorsOf(p.fields)}
            onNext={(d) => void next(d, i + 1 < pages.length ? `${base}/schritt/${i + 2}` : `${base}/pruefen`, i)} />
        } />
      ))}
      <Route path="pruefen" element={
        <CheckPage caseId={caseId} event={event} form={form} data={data} sections={sections} changeTo={changeTo}
          backTo={pages ? `${base}/schritt/${pages.length}` : base} onRefused={setServerErrors} />
      } />
    </Routes>
  );
}

/** The task list of a long application and the way on to the check. */
function Overview({ title, status, tasks, checkTo }: { title: string; status: string | null; tasks: Parameters<typeof TaskList>[0]['tasks']; checkTo: string }) {
  const { t } = useTranslation('apply');
  usePageTitle(title);
  return (
    <>
      <h1 className="kern-heading-large">{title}</h1>
      {status ? <p className="kern-body" role="status">{status}</p> : null}
      <TaskList tasks={tasks} />
      <p className="kern-body"><Link className="kern-btn kern-btn--primary" to={tasks.find((x) => x.status !== 'done')?.to ?? checkTo}><span className="kern-label">{t('apply.next')}</span></Link></p>
    </>
  );
}

/** A case that accepts nothing from the citizen now (submitted already, or not theirs to fill). */
function NotAccepting({ caseId, title, submitted }: { caseId: string; title: string; submitted: boolean }) {
  const { t } = useTranslation('apply');
  usePageTitle(title);
  return (
    <>
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">{t('apply.notAccepted')}</p>
      {submitted ? <p className="kern-body"><Link className="kern-link" to={`/antrag/${caseId}/bestaetigung`}>{t('apply.toConfirmation')}</Link></p> : null}
    </>
  );
}
