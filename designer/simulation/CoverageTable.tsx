import { useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { generatePaths, resolveDefinition } from '../../engine/index.js';
import type { FormCheck, ProcedureConfig, Trigger } from '../../engine/index.js';
import type { CoverageOverlay } from '../canvas/toFlow.js';
import { durationWords } from '../model/index.js';

function triggerText(t: TFunction<'simulation'>, trigger: Trigger, language: 'de' | 'en'): string {
  if (trigger.kind === 'event') return trigger.event;
  if (trigger.kind === 'after') return t('triggerAfter', { words: durationWords(trigger.delay, language) ?? trigger.delay, delay: trigger.delay });
  return t(trigger.kind === 'done' ? 'triggerDone' : 'triggerAlways');
}

/**
 * Which transitions the generated paths (`generatePaths`, sample data from the forms' examples)
 * reach: computed on request, then kept current while the definition changes. Reached and not
 * reached are told by text and a mark, the row style only repeats it. `onCoverage` hears the
 * transitions not reached (the editor draws them on the canvas), and `undefined` when there is no
 * current report.
 */
export function CoverageTable({ definition, check, onCoverage }: { definition: ProcedureConfig; check: FormCheck; onCoverage?(coverage: CoverageOverlay | undefined): void }) {
  const { t, i18n } = useTranslation('simulation');
  const language = i18n.language === 'en' ? 'en' : 'de';
  const [shown, setShown] = useState(false);
  const report = useMemo(() => {
    if (!shown) return undefined;
    try {
      const paths = generatePaths(definition, { maxPaths: 300, validateForm: check });
      return { paths, transitions: resolveDefinition(definition).transitions, missing: new Set(paths.coverage.transitions.missing) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [shown, definition, check]);
  const missed = report && 'missing' in report ? report.missing : undefined;
  useEffect(() => {
    onCoverage?.(missed ? { missed } : undefined);
  }, [missed, onCoverage]);
  useEffect(() => () => onCoverage?.(undefined), [onCoverage]);
  return (
    <section aria-labelledby="sim-coverage-title">
      <h3 id="sim-coverage-title" className="kern-heading-small">{t('coverage')}</h3>
      <p className="kern-body">{t('coverageLead')}</p>
      {report && 'error' in report ? <p className="kern-body">{t('broken', { message: report.error })}</p> : !report ? (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setShown(true)}><span className="kern-label">{t('coverageShow')}</span></button>
      ) : (
        <>
          <p className="kern-body" role="status">
            {t('coverageSummary', { reached: report.paths.coverage.transitions.reached, total: report.paths.coverage.transitions.total, paths: report.paths.paths.length })}
            {report.paths.truncated ? ` ${t('coverageTruncated')}` : ''}
          </p>
          <div className="dz-table-scroll">
            <table className="kern-table dz-table sim-coverage">
              <caption className="kern-title">{t('coverageCaption')}</caption>
              <thead className="kern-table__head"><tr className="kern-table__row"><th scope="col" className="kern-table__header">{t('transition')}</th><th scope="col" className="kern-table__header">{t('reached')}</th></tr></thead>
              <tbody className="kern-table__body">
                {report.transitions.map((tr) => {
                  const reached = !report.missing.has(tr.id);
                  return (
                    <tr key={tr.id} className={`kern-table__row ${reached ? 'sim-reached' : 'sim-missed'}`} data-coverage={reached ? 'reached' : 'missed'}>
                      <th scope="row" className="kern-table__cell" data-label={t('transition')}>{tr.source} — {triggerText(t, tr.trigger, language)} → {tr.targetName ?? tr.target ?? tr.source}</th>
                      <td className="kern-table__cell" data-label={t('reached')}>{reached ? t('yes') : t('no')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
