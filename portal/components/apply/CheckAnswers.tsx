import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FormData, PreparedForm } from '../../../ui/index.js';
import { answerRows } from './answerRows.js';

/** A section of the check-answers list: a page of the form and where "Ändern" leads. */
export interface AnswerSection { title?: string; fields?: string[]; changeTo: string }

/**
 * The KERN summary of every answer, section by section, each with an "Ändern" link whose hidden
 * text names the field; "Nicht angegeben" where an optional answer was left empty.
 */
export function CheckAnswers({ form, data, sections }: { form: PreparedForm; data: FormData; sections: AnswerSection[] }) {
  const { t, i18n } = useTranslation('apply');
  const texts = { yes: t('apply.yes'), no: t('apply.no'), language: i18n.language };
  return (
    <>
      {sections.map((section, i) => (
        <section className="kern-summary" key={i} aria-labelledby={section.title ? `answers-${i}` : undefined}>
          {section.title ? <div className="kern-summary__header"><h2 className="kern-title" id={`answers-${i}`}>{section.title}</h2></div> : null}
          <div className="kern-summary__body">
            <dl className="kern-description-list">
              {answerRows(form, data, texts, section.fields).map((row) => (
                <div className="kern-description-list-item" key={row.id}>
                  <dt className="kern-description-list-item__key">{row.label}</dt>
                  <dd className="kern-description-list-item__value">
                    {row.value ?? <span className="kern-body--muted">{t('apply.notGiven')}</span>}{' '}
                    <Link className="kern-link" to={`${section.changeTo}#${row.id}`}>
                      {t('apply.change')}<span className="kern-sr-only"> {row.label}</span>
                    </Link>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        </section>
      ))}
    </>
  );
}
