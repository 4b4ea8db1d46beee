import { useTranslation } from 'react-i18next';
import type { DefinitionIssue, DefinitionResult } from '../../engine/index.js';

/**
 * Every error and warning of the definition in the UI language; choosing one selects its element
 * in the text view and moves focus to the field to fix.
 */
export function ProblemsPanel({ result, onChoose }: { result: DefinitionResult | undefined; onChoose(issue: DefinitionIssue): void }) {
  const { t, i18n } = useTranslation('editor');
  const lang = i18n.language === 'en' ? 'en' : 'de';
  if (!result) return <p className="kern-body" role="status">{t('problems.checking')}</p>;
  const items = [...result.errors.map((issue) => ({ issue, level: 'error' as const })), ...result.warnings.map((issue) => ({ issue, level: 'warning' as const }))];
  return (
    <>
      <p className="kern-body" role="status">{items.length === 0 ? t('problems.none') : t('problems.count', { errors: result.errors.length, warnings: result.warnings.length })}</p>
      {items.length ? (
        <ul className="dz-problems">
          {items.map(({ issue, level }, i) => (
            <li key={`${issue.path}-${issue.code}-${i}`} className={`dz-problem dz-problem--${level}`}>
              <button type="button" className="kern-btn kern-btn--tertiary dz-problem__button" onClick={() => onChoose(issue)}>
                <span className="kern-label">
                  <strong>{t(`problems.${level}`)}:</strong> {issue.message[lang]} <span className="dz-problem__path">{t('problems.where', { path: issue.path || '/' })}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
