import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { KernForm, localized, prepareForm, usePageTitle } from '../../ui/index.js';
import type { FormData } from '../../ui/index.js';
import { PageState } from '../components/apply/PageState.js';
import { eventForm, useProcedure } from '../components/apply/procedure.js';

/**
 * An event's form of a published procedure, without login, so citizens see what they will
 * need. Submitting only checks the answers in the browser; nothing is sent or stored.
 */
export function FormPreviewPage() {
  const { procedureId, event = '' } = useParams();
  const { t, i18n } = useTranslation('apply');
  const procedure = useProcedure(procedureId);
  const [data, setData] = useState<FormData>({});
  const [invalid, setInvalid] = useState(false);
  const [valid, setValid] = useState(false);
  const p = procedure.data;
  const form = p ? eventForm(p, event) : undefined;
  const formTitle = localized(form?.title ?? p?.events[event]?.title ?? event, i18n.language);
  const title = t('preview.title', { form: formTitle });
  usePageTitle(title, invalid);
  if (!p) return <PageState title={t('preview.title', { form: event })} error={procedure.error} />;
  return (
    <>
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">{t('preview.lead', { event: localized(p.events[event]?.title ?? event, i18n.language), procedure: localized(p.title, i18n.language) })}</p>
      <div className="kern-alert kern-alert--info">
        <div className="kern-alert__body"><p className="kern-body">{t('preview.onlyChecks')}</p></div>
      </div>
      {valid ? (
        <div className="kern-alert kern-alert--success" role="status">
          <div className="kern-alert__body"><p className="kern-body">{t('preview.valid')}</p></div>
        </div>
      ) : null}
      {form ? (
        <KernForm
          {...prepareForm(form, i18n.language)}
          formData={data}
          onChange={(d) => { setData(d); setValid(false); }}
          onInvalid={() => { setInvalid(true); setValid(false); }}
          onSubmit={() => { setInvalid(false); setValid(true); }}
        >
          <div className="app-form-actions">
            <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('preview.check')}</span></button>
          </div>
        </KernForm>
      ) : <p className="kern-body">{t('preview.noForm')}</p>}
      <p className="kern-body"><Link className="kern-link" to={`/verfahren/${p.id}`}>{t('preview.back')}</Link></p>
    </>
  );
}
