import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextDeadline } from '../../engine/index.js';
import type { FormCheck, ProcedureConfig, ScenarioEntry } from '../../engine/index.js';
import { FormValidator, errorMessages, localized } from '../../ui/index.js';
import { browserFormCheck } from './browserFormCheck.js';
import type { CoverageOverlay } from '../canvas/toFlow.js';
import { CoverageTable } from './CoverageTable.js';
import { deadlineText, formatTime, stateText } from './describe.js';
import { downloadScenario } from './downloadScenario.js';
import { SimulationEvents } from './SimulationEvents.js';
import { SimulationLog } from './SimulationLog.js';
import { applyToRun, currentState, goBack, offeredEvents, replay, scenarioOf } from './simulationRun.js';
import type { SimulationRun } from './simulationRun.js';
import './simulation.css';

const ADVANCES = [['P1D', 'plusDay'], ['P14D', 'plus14'], ['P1M', 'plusMonth']] as const;

function useReplay(def: ProcedureConfig, scenario: ScenarioEntry[], check: FormCheck) {
  return useMemo(() => {
    try {
      return replay(def, scenario, undefined, check);
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [def, scenario, check]);
}

/** The form check for this definition in the browser, with messages in German and English. */
function useFormCheck(def: ProcedureConfig): FormCheck {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const validator = (lang: 'de' | 'en') => new FormValidator(errorMessages(i18n.getFixedT(lang, 'form'), lang));
    return browserFormCheck(def, validator('de'), validator('en'));
  }, [def, i18n]);
}

/**
 * The editor's "Simulation" section: runs the draft in the browser on the pure engine. A role
 * sends the events the state accepts, the clock moves on to fire deadlines, the log goes back
 * in time, the run downloads as a scenario for `amtsweg simulate`; the coverage of the
 * generated paths below. The run is its scenario, replayed on every change of the definition
 * (a definition with errors is simulated as far as the engine can, with a warning).
 */
export function SimulationPanel({ definition, hasErrors, onCoverage }: { definition: object; hasErrors: boolean; onCoverage?(coverage: CoverageOverlay | undefined): void }) {
  const { t, i18n } = useTranslation('simulation');
  const language = i18n.language === 'en' ? 'en' : 'de';
  const def = definition as ProcedureConfig;
  const [scenario, setScenario] = useState<ScenarioEntry[]>([]);
  const [chosenRole, setRole] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<string>();
  const now = useRef<HTMLHeadingElement>(null);
  const check = useFormCheck(def);
  const replayed = useReplay(def, scenario, check);
  const roles = Object.keys(def.roles ?? {});
  // Until a role is chosen: the first role that can act now (the applicant at the start).
  const role = chosenRole !== undefined && roles.includes(chosenRole) ? chosenRole
    : (replayed && !('error' in replayed) ? roles.find((r) => offeredEvents(replayed.run, r).length) : undefined) ?? roles[0] ?? '';

  const show = (run: SimulationRun, key: 'announce' | 'announceBack' | 'announceReset') => {
    setScenario(scenarioOf(run));
    setRefusal(undefined);
    const state = currentState(run);
    setAnnouncement(t(key, { state: stateText(state), time: formatTime(state.clock, language) }));
    now.current?.focus();
  };

  let body;
  if ('error' in replayed) body = <p className="kern-body">{t('broken', { message: replayed.error })}</p>;
  else {
    const { run, dropped } = replayed;
    const state = currentState(run);
    const apply = (entry: ScenarioEntry) => {
      const next = applyToRun(run, entry);
      if (next.ok) show(next.run, 'announce');
      else setRefusal(t('refused', { reasons: next.reasons.map((r) => r.message[language]).join(' ') }));
    };
    const done = state.step.snapshot.status === 'done';
    body = (
      <>
        {dropped ? <p className="kern-body">{t('replayed', { count: dropped })}</p> : null}
        <div className="sim-now">
          <h3 id="sim-now-title" className="kern-heading-small" tabIndex={-1} ref={now}>{t('now')}</h3>
          <p className="kern-body"><strong>{t('state', { state: stateText(state) })}</strong> {done ? t('final') : null}</p>
          <p className="kern-body">{t('clock', { time: formatTime(state.clock, language) })}</p>
          <p className="kern-body">{t('deadlines')}: {state.deadlines.length ? state.deadlines.map((d) => t('deadline', { event: deadlineText(d.id, language), time: formatTime(d.due, language) })).join('; ') : t('noDeadlines')}</p>
        </div>
        {refusal ? <div className="kern-alert kern-alert--danger" role="alert"><div className="kern-alert__body"><p className="kern-body">{refusal}</p></div></div> : null}
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="sim-role">{t('role')}</label>
          <div className="kern-form-input__select-wrapper">
            <select id="sim-role" className="kern-form-input__select" value={role} onChange={(e) => setRole(e.target.value)}>
              {roles.map((r) => <option key={r} value={r}>{localized(def.roles[r]?.title, i18n.language) || r} ({r})</option>)}
            </select>
          </div>
        </div>
        <SimulationEvents def={def} offered={offeredEvents(run, role)} role={role} onSend={(type, data) => apply({ type, role, ...(data ? { data } : {}) })} />
        <section aria-labelledby="sim-clock-title">
          <h3 id="sim-clock-title" className="kern-heading-small">{t('clockTitle')}</h3>
          <div className="dz-buttons">
            {ADVANCES.map(([iso, key]) => (
              <button key={iso} type="button" className="kern-btn kern-btn--secondary" disabled={done} onClick={() => apply({ advance: iso })}><span className="kern-label">{t(key)}</span></button>
            ))}
            <button type="button" className="kern-btn kern-btn--secondary" disabled={done || !nextDeadline(state)} onClick={() => apply({ advance: 'deadline' })}><span className="kern-label">{t('toDeadline')}</span></button>
          </div>
        </section>
        <SimulationLog run={run} onBack={(i) => show(goBack(run, i), 'announceBack')} />
        <div className="dz-buttons">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => downloadScenario(def.id, scenarioOf(run))}><span className="kern-label">{t('download')}</span></button>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => show(goBack(run, -1), 'announceReset')}><span className="kern-label">{t('reset')}</span></button>
        </div>
      </>
    );
  }
  return (
    <section aria-labelledby="simulation-title" className="dz-section" id="simulation">
      <h2 id="simulation-title" className="kern-heading-medium" tabIndex={-1}>{t('title')}</h2>
      <p className="kern-body">{t('lead')}</p>
      <p className="dz-sr-only" role="status" aria-live="polite">{announcement}</p>
      {hasErrors ? <p className="kern-body">{t('notValid')}</p> : null}
      {body}
      <CoverageTable definition={def} check={check} {...(onCoverage ? { onCoverage } : {})} />
    </section>
  );
}
