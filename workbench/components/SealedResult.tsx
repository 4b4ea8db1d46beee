import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../engine/index.js';
import { documentTitle } from '../../ui/index.js';
import { useCaseDocuments } from '../api/caseReads.js';
import type { CaseView } from '../api/caseReads.js';
import { SignatureStatus } from './EFile.js';

/** After an event that seals: the sealed document once the worker has filed it, with the server's check. */
export function SealedResult({ def, caseId, purpose, view, after }: { def: ProcedureConfig; caseId: string; purpose: string; view: CaseView; after: string }) {
  const { t, i18n } = useTranslation('case');
  const documents = useCaseDocuments(caseId, purpose, view.seq, view.pendingEffects);
  const sealed = documents.data?.filter((d) => d.createdAt >= after && d.signatures.some((s) => s.format === 'PAdES')).at(-1);
  if (!sealed) return <p className="kern-body">{t('actions.sealing')}</p>;
  return (
    <div className="kern-alert kern-alert--success" data-testid="sealed-result">
      <div className="kern-alert__header"><span className="kern-icon kern-icon--success" aria-hidden="true" /><h3 className="kern-title">{documentTitle(def, sealed.title, i18n.language)}</h3></div>
      <div className="kern-alert__body"><SignatureStatus documentId={sealed.id} purpose={purpose} /></div>
    </div>
  );
}
