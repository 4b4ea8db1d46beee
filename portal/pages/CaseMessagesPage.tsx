import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../ui/index.js';
import { CaseMessages } from '../components/messages/CaseMessages.js';

/** The messages of one case on a page of their own (`/vorgaenge/:caseId/nachrichten`). */
export function CaseMessagesPage() {
  const { t } = useTranslation('messages');
  const { caseId = '' } = useParams();
  const title = t('pageTitle');
  const [hasErrors, setHasErrors] = useState(false);
  usePageTitle(title, hasErrors);
  return (
    <>
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body kern-body--muted">{t('caseNumber', { caseId })}</p>
      <CaseMessages caseId={caseId} onErrorsChange={setHasErrors} />
    </>
  );
}
