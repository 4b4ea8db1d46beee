import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { catalogueDefinition } from '../support/cases.js';
import { deadlineEnd, durationMs } from '../../engine/index.js';
import { activePaths, caseDeadlines, daysLeft, parseDeadlineEvent, stateName } from '../../portal/components/cases/caseFacts.js';
import { formatDeadlineEnd } from '../../portal/components/cases/formatDate.js';
import { testInstant } from '../../documents/testing/testClock.js';

const def = catalogueDefinition('gewerbeanmeldung');
const instant = testInstant();
const after = 'xstate.after.P1M.gewerbeanmeldung.nachforderung';
const at = (days: number) => new Date(instant.getTime() + days * 86_400_000).toISOString();
const entry = (seq: number, type: string, day: number, from: unknown, to: unknown) => ({ seq, type, at: at(day), from, to });

describe('case facts for the portal', () => {
  it('names states and their active paths', () => {
    expect(activePaths({ verfahren: { a: 'x', b: 'y' } })).toEqual(['verfahren', 'verfahren.a', 'verfahren.a.x', 'verfahren.b', 'verfahren.b.y']);
    expect(stateName('nachforderung', def, 'de')).toBe('Unterlagen nachgefordert');
    expect(stateName('nachforderung', def, 'en')).toBe('Documents requested');
    expect(stateName({ verfahren: { a: 'ersterSchritt', b: 'y' } }, undefined, 'de')).toBe('Erster Schritt, Y');
    const bau = catalogueDefinition('baugenehmigung');
    expect(stateName({ verfahren: { stellungnahmen: { brandschutz: 'abgegeben', denkmalschutz: 'angefragt' } } }, bau, 'en'))
      .toBe('Fire safety statement given, Monument protection statement requested');
  });

  it('reads deadline events of its own procedure only', () => {
    expect(parseDeadlineEvent(after, 'gewerbeanmeldung')).toEqual({ delay: 'P1M', state: 'nachforderung' });
    expect(parseDeadlineEvent(after, 'anfrage')).toBeUndefined();
    expect(parseDeadlineEvent('SUBMIT', 'gewerbeanmeldung')).toBeUndefined();
  });

  it('counts Berlin calendar days left and overdue, a Frist ending at 24:00 on its last day', () => {
    const today = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO('Europe/Berlin').toPlainDate();
    const endOf = (days: number) => today.add({ days: days + 1 }).toZonedDateTime({ timeZone: 'Europe/Berlin' }).toInstant().toString();
    expect(daysLeft(endOf(3), instant)).toBe(3);
    expect(daysLeft(endOf(0), instant)).toBe(0);
    // An exact end later today (one second on, so never at a Berlin midnight, which ends the day before).
    expect(daysLeft(new Date(instant.getTime() + 1000).toISOString(), instant)).toBe(0);
    expect(daysLeft(endOf(-2), instant)).toBe(-2);
  });

  it('counts past deadlines in the case\'s calendar, exact ones in a case from before', () => {
    const history = [entry(1, 'SUBMIT', 0, 'entwurf', 'pruefung'), entry(2, 'REQUEST_DOCUMENTS', 1, 'pruefung', 'nachforderung'), entry(3, 'SUBMIT_DOCUMENTS', 5, 'nachforderung', 'pruefung')];
    const [legal] = caseDeadlines(def, { history, deadlines: [], calendar: { state: 'BY' } });
    expect(Date.parse(legal!.dueAt)).toBe(deadlineEnd('P1M', at(1), { state: 'BY' }));
    const [exact] = caseDeadlines(def, { history, deadlines: [] });
    expect(Date.parse(exact!.dueAt)).toBe(Date.parse(at(1)) + durationMs('P1M', new Date(at(1))));
  });

  it('shows the end of a Frist as a person reads it: the last day with its weekday, 24:00', () => {
    // Four weeks from Friday 4 December 2026 end on New Year's Day, moved past the weekend.
    const event = Temporal.PlainDate.from('2026-12-04').toZonedDateTime({ timeZone: 'Europe/Berlin', plainTime: '10:00' }).toInstant().toString();
    const dueAt = new Date(deadlineEnd('P4W', event, { state: 'BY' })).toISOString();
    expect(formatDeadlineEnd(dueAt, 'de')).toEqual({ date: 'Montag, 4. Januar 2027', time: '24:00' });
    expect(formatDeadlineEnd(dueAt, 'en')).toEqual({ date: 'Monday, January 4, 2027', time: '24:00' });
  });

  it('tells met, lapsed and running deadlines apart', () => {
    const history = [
      entry(1, 'SUBMIT', 0, 'entwurf', 'pruefung'),
      entry(2, 'REQUEST_DOCUMENTS', 1, 'pruefung', 'nachforderung'),
      entry(3, 'SUBMIT_DOCUMENTS', 5, 'nachforderung', 'pruefung'),
      entry(4, 'REQUEST_DOCUMENTS', 6, 'pruefung', 'nachforderung'),
      entry(5, after, 37, 'nachforderung', 'eingestellt'),
    ];
    const found = caseDeadlines(def, { history, deadlines: [] });
    expect(found.map((d) => [d.outcome, d.endedAt])).toEqual([['met', at(5)], ['lapsed', at(37)]]);
    expect(found[0]!.description).toBe('Keine Nachreichung innerhalb eines Monats');
    const running = caseDeadlines(def, { history: history.slice(0, 2), deadlines: [{ id: after, dueAt: at(31), event: { type: after } }] });
    expect(running).toEqual([{ delay: 'P1M', state: 'nachforderung', dueAt: at(31), description: 'Keine Nachreichung innerhalb eines Monats', outcome: 'running' }]);
  });
});
