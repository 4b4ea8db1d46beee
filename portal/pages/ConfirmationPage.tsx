import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localized, usePageTitle } from '../../ui/index.js';
import { PageState } from '../components/apply/PageState.js';
import { useProcedure } from '../components/apply/procedure.js';
import { useApplication } from '../components/apply/useApplication.js';
import { ReceiptBox } from '../components/apply/ReceiptBox.js';
import { formatDeadlineEnd } from '../components/cases/formatDate.js';

/**
 * After the submission: the Vorgangsnummer, the signed receipt (Eingangsbestätigung) to
 * download with its verification, what happens next and the legal deadline. A page one can
 * bookmark: it reads everything from the case.
 */
export function ConfirmationPage() {
  const { caseId = '' } = useParams();
  const { t, i18n } = useTranslation('apply');
  const { app, error } = useApplication(caseId);
  const procedure = useProcedure(app?.view.procedure);
  const title = t('confirmation.title');
  usePageTitle(title);
  if (!app) return <PageState title={title} error={error} />;
  const due = app.view.deadlines.map((d) => d.dueAt).sort()[0];
  return (
    <>
      <h1 className="kern-heading-large">{title}</h1>
      <div className="kern-alert kern-alert--success">
        <div className="kern-alert__header"><span className="kern-icon kern-icon--success" aria-hidden="true" /><h2 className="kern-title">{localized(procedure.data?.title, i18n.language)}</h2></div>
        <div className="kern-alert__body">
          <p className="kern-body">{t('confirmation.reference')}:</p>
          <p className="kern-heading-medium app-reference" id="case-reference">{caseId}</p>
          <p className="kern-body">{t('confirmation.referenceHint')}</p>
        </div>
      </div>
      <ReceiptBox caseId={caseId} />
      <h2 className="kern-heading-medium">{t('confirmation.next')}</h2>
      <p className="kern-body">{t('confirmation.nextText')}</p>
      <p className="kern-body">{due
        ? t('confirmation.deadline', formatDeadlineEnd(due, i18n.language))
        : t('confirmation.noDeadline')}</p>
      <p className="kern-body"><Link className="kern-link" to={`/vorgaenge/${caseId}`}>{t('confirmation.toCase')}</Link></p>
      <p className="kern-body kern-body--muted">{t('confirmation.bookmark')}</p>
    </>
  );
}
