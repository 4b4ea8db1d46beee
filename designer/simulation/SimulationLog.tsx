import { useTranslation } from 'react-i18next';
import { deadlineText, entryText, formatTime, stateText } from './describe.js';
import type { SimulationRun } from './simulationRun.js';

/** Props: the run and what to do when a designer goes back to the state after entry `index` (-1: the start). */
export interface SimulationLogProps {
  run: SimulationRun;
  onBack(index: number): void;
}

/**
 * The event log, oldest first: each entry with the state it led to and the deadlines it fired,
 * and a button to go back to that state (time travel; later entries are dropped).
 */
export function SimulationLog({ run, onBack }: SimulationLogProps) {
  const { t, i18n } = useTranslation('simulation');
  const language = i18n.language === 'en' ? 'en' : 'de';
  const { def } = run.simulator;
  const last = run.log.length - 1;
  const backButton = (index: number, state: string) => (index === last
    ? <span className="kern-body kern-body--small">{t('current')}</span>
    : (
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => onBack(index)}>
        <span className="kern-label">{t('back')}<span className="dz-sr-only"> {t('backLabel', { n: index + 2, state })}</span></span>
      </button>
    ));
  return (
    <section aria-labelledby="sim-log-title">
      <h3 id="sim-log-title" className="kern-heading-small">{t('log')}</h3>
      <ol className="sim-log">
        <li className="sim-log__entry">
          <span className="kern-body">{t('logStart', { state: stateText(run.start) })}</span> {backButton(-1, stateText(run.start))}
        </li>
        {run.log.map((l, i) => {
          const role = 'type' in l.entry ? l.entry.role ?? def.events[l.entry.type]?.by[0] ?? '' : '';
          return (
            <li key={i} className="sim-log__entry">
              <span className="kern-body">{entryText(t, l.entry, l.state, language, role)}</span>
              {'advance' in l.entry && l.steps.length ? (
                <ul className="sim-log__fired">
                  {l.steps.map((s) => <li key={s.label} className="kern-body kern-body--small">{t('logFired', { event: deadlineText(s.label, language), time: formatTime(s.at, language) })}</li>)}
                </ul>
              ) : null}
              {' '}{backButton(i, stateText(l.state))}
            </li>
          );
        })}
      </ol>
      {run.log.length === 0 ? <p className="kern-body">{t('logEmpty')}</p> : null}
    </section>
  );
}
