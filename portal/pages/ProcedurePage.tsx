import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, localized, usePageTitle } from '../../ui/index.js';
import { AssuranceLevels } from '../components/catalogue/AssuranceLevels.js';
import { Fact } from '../components/catalogue/Fact.js';
import { OpenCases, isJoinable } from '../components/catalogue/OpenCases.js';
import { firstSubmission } from '../components/catalogue/procedureFacts.js';
import { ProcedureDeadlines } from '../components/catalogue/ProcedureDeadlines.js';
import { ProcedureNeeds } from '../components/catalogue/ProcedureNeeds.js';
import { useProcedure } from '../components/catalogue/useProcedures.js';

/**
 * A procedure before login: what it is for, legal basis, fee, what one needs, its deadlines, the
 * assurance level explained, the form to look at, and "Antrag starten" — or, for a tender, the
 * open tenders to take part in.
 */
export function ProcedurePage() {
  const { procedureId } = useParams();
  const { t, i18n } = useTranslation('catalogue');
  const query = useProcedure(procedureId);
  const def = query.data;
  const text = (v: { de: string; en: string } | undefined) => localized(v, i18n.language);
  const missing = query.error instanceof ApiError && query.error.status === 404;
  const title = def ? text(def.title) : missing ? t('shell:notFound') : t('shell:loading');
  usePageTitle(title, query.isError && !missing);

  if (!def) {
    return (
      <>
        {/* Same place for the h1 as below, so the focus FocusOnNavigate gave it survives loading. */}
        <p><Link className="kern-link" to="/">{t('procedure.back')}</Link></p>
        <h1 className="kern-heading-large">{title}</h1>
        {query.isError ? <p className="kern-body">{missing ? t('procedure.notFound') : t('shell:networkError')}</p> : null}
      </>
    );
  }
  const first = firstSubmission(def);
  const citizenRoles = Object.entries(def.roles).filter(([, r]) => r.kind === 'citizen').map(([id]) => id);
  const citizenForms = Object.entries(def.events).filter(([, e]) => e.form && e.by.some((r) => citizenRoles.includes(r)));

  return (
    <>
      <p><Link className="kern-link" to="/">{t('procedure.back')}</Link></p>
      <h1 className="kern-heading-large">{title}</h1>
      {def.description ? <p className="kern-body kern-body--large">{text(def.description)}</p> : null}
      {/* A tender is opened by its contracting authority; companies join it, never open their own. */}
      {isJoinable(def) ? <OpenCases def={def} /> : (
        <>
          <p className="kern-body">{t('procedure.startHint')}</p>
          <p><Link className="kern-btn kern-btn--primary" to={`/verfahren/${def.id}/starten`}><span className="kern-label">{t('procedure.start')}</span></Link></p>
        </>
      )}

      <section className="app-section" aria-labelledby="facts-title">
        <h2 className="kern-heading-medium" id="facts-title">{t('procedure.facts')}</h2>
        <dl className="kern-description-list">
          <Fact term={t('procedure.authority')}>{text(def.authorityTitle) || def.authority}</Fact>
          <Fact term={t('procedure.legalBasis')}>{def.legalBasis}</Fact>
          <Fact term={t('procedure.fee')}>{def.fee ? text(def.fee) : t('procedure.feeUnknown')}</Fact>
          <Fact term={t('procedure.assurance')}>{def.assuranceLevel ? t(`procedure.levels.${def.assuranceLevel}.name`) : t('procedure.assuranceNone')}</Fact>
          {def.leika ? <Fact term={t('procedure.leika')}>{def.leika}</Fact> : null}
        </dl>
      </section>

      <ProcedureNeeds def={def} form={first?.form} />
      <ProcedureDeadlines def={def} />
      <AssuranceLevels needed={def.assuranceLevel} />

      {citizenForms.length ? (
        <section className="app-section" aria-labelledby="forms-title">
          <h2 className="kern-heading-medium" id="forms-title">{t('procedure.formsTitle')}</h2>
          <p className="kern-body">{t('procedure.formsIntro')}</p>
          <ul className="kern-list kern-list--bullet">
            {citizenForms.map(([event, e]) => (
              <li key={event}>
                <Link className="kern-link" to={`/verfahren/${def.id}/formulare/${event}`}>
                  {t('procedure.formLink', { form: text(def.forms?.[e.form!]?.title) || text(e.title) || event })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

