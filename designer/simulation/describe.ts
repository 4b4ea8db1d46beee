import type { TFunction } from 'i18next';
import type { ScenarioEntry, SimulationState } from '../../engine/index.js';
import { durationWords } from '../model/index.js';
import { activeLeaves } from './simulationRun.js';

type T = TFunction<'simulation'>;

/** A simulated instant for people, in Berlin time (where the authorities' deadlines run). */
export function formatTime(iso: string, language: 'de' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

/** The current state(s) for people: the active leaf states, parallel ones joined by commas. */
export function stateText(state: SimulationState): string {
  return activeLeaves(state).join(', ');
}

/** A running deadline's timer id (`xstate.after.P1M.<procedure>.<state path>`) as „1 Monat in nachforderung“. */
export function deadlineText(id: string, language: 'de' | 'en'): string {
  const [, , delay = '', , ...path] = id.split('.');
  return `${durationWords(delay, language) ?? delay} (${path.join('.')})`;
}

/** One log line: what the entry did and the state it led to. */
export function entryText(t: T, entry: ScenarioEntry, state: SimulationState, language: 'de' | 'en', role: string): string {
  const values = { state: stateText(state), time: formatTime(state.clock, language) };
  if ('advance' in entry) {
    return entry.advance === 'deadline' ? t('logAdvanceDeadline', values) : t('logAdvance', { ...values, duration: durationWords(entry.advance, language) ?? entry.advance });
  }
  if ('deadline' in entry) return t('logDeadline', { ...values, event: String(entry.deadline) });
  return t('logEvent', { ...values, event: entry.type, role });
}
