import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KernForm, usePageTitle } from '../../../ui/index.js';
import type { FormData, FormPage, PreparedForm, ServerFieldError } from '../../../ui/index.js';

/** What one step of the application shows and does. */
export interface StepFormProps {
  /** The h1: the form's or the page's title. */
  title: string;
  /** "Schritt 2 von 3" above the h1 for long forms. */
  caption?: string;
  form: PreparedForm | FormPage;
  data: FormData;
  onChange(data: FormData): void;
  /** Called when the browser's check passed ("Weiter"). */
  onNext(data: FormData): void;
  serverErrors?: ServerFieldError[];
  backTo?: string;
  invalid: boolean;
  onInvalid(): void;
  status?: string | null;
}

/** One page of an application: the (part of the) form, "Weiter", a back link, the draft notice. */
export function StepForm({ title, caption, form, data, onChange, onNext, serverErrors, backTo, invalid, onInvalid, status }: StepFormProps) {
  const { t } = useTranslation('apply');
  usePageTitle(title, invalid || !!serverErrors?.length);
  return (
    <>
      {backTo ? <p className="kern-body"><Link className="kern-link" to={backTo}>{t('apply.back')}</Link></p> : null}
      {caption ? <p className="kern-body kern-body--muted">{caption}</p> : null}
      <h1 className="kern-heading-large">{title}</h1>
      {status ? <p className="kern-body" role="status">{status}</p> : null}
      <KernForm {...form} formData={data} onChange={onChange} onSubmit={onNext} onInvalid={onInvalid} serverErrors={serverErrors}>
        <div className="app-form-actions">
          <button type="submit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('apply.saveAndContinue')}</span></button>
        </div>
      </KernForm>
    </>
  );
}
