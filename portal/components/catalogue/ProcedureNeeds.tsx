import { useTranslation } from 'react-i18next';
import type { ProcedureConfig } from '../../../engine/index.js';
import { requiredFields } from './procedureFacts.js';

/** "Was Sie brauchen": the online ID's level, the required details and the documents to upload of the first form. */
export function ProcedureNeeds({ def, form }: { def: ProcedureConfig; form: string | undefined }) {
  const { t, i18n } = useTranslation('catalogue');
  const need = form ? requiredFields(def, form, i18n.language) : { fields: [], uploads: [] };
  return (
    <section className="app-section" aria-labelledby="need-title">
      <h2 className="kern-heading-medium" id="need-title">{t('procedure.needTitle')}</h2>
      <ul className="kern-list kern-list--bullet">
        {def.assuranceLevel ? <li>{t('procedure.needId', { level: t(`procedure.levels.${def.assuranceLevel}.name`) })}</li> : null}
        {need.fields.length ? (
          <li>{t('procedure.needFields')}
            <ul className="kern-list kern-list--bullet">{need.fields.map((f) => <li key={f}>{f}</li>)}</ul>
          </li>
        ) : <li>{t('procedure.needNone')}</li>}
        {need.uploads.length ? (
          <li>{t('procedure.needUploads')}
            <ul className="kern-list kern-list--bullet">{need.uploads.map((f) => <li key={f}>{f}</li>)}</ul>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
