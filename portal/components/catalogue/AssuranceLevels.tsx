import { useTranslation } from 'react-i18next';

const LEVELS = ['basic', 'substantial', 'high'] as const;

/** The three assurance levels explained, the one the procedure needs marked in words (not only by colour). */
export function AssuranceLevels({ needed }: { needed: (typeof LEVELS)[number] | undefined }) {
  const { t } = useTranslation('catalogue');
  return (
    <section className="app-section" aria-labelledby="assurance-title">
      <h2 className="kern-heading-medium" id="assurance-title">{t('procedure.assuranceTitle')}</h2>
      <p className="kern-body">{needed ? t('procedure.assuranceIntro') : t('procedure.assuranceNone')}</p>
      <dl className="kern-description-list">
        {LEVELS.map((level) => (
          <div className="kern-description-list-item" key={level}>
            <dt className="kern-description-list-item__key">
              {t(`procedure.levels.${level}.name`)}
              {level === needed ? <> <span className="kern-badge kern-badge--info"><span className="kern-label kern-label--small">{t('procedure.needed')}</span></span></> : null}
            </dt>
            <dd className="kern-description-list-item__value">{t(`procedure.levels.${level}.text`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
