import { describe, expect, it } from 'vitest';
import { catalogueDefinition } from '../support/cases.js';
import { activePaths, caseDeadlines, daysLeft, parseDeadlineEvent, stateName } from '../../portal/components/cases/caseFacts.js';
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

  it('counts calendar days left and overdue', () => {
    expect(daysLeft(at(3), instant)).toBe(3);
    expect(daysLeft(instant.toISOString(), instant)).toBe(0);
    expect(daysLeft(at(-2), instant)).toBe(-2);
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
