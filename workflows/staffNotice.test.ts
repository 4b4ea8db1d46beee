import { describe, expect, it } from 'vitest';
import { catalogueDefinition } from '../tests/support/cases.js';
import { staffNoticeOf } from './staffNotice.js';

const gewerbe = catalogueDefinition('gewerbeanmeldung');
const vergabe = catalogueDefinition('vergabe-angebot');
const erika = { id: 'erika', role: 'applicant' };

describe('staffNoticeOf()', () => {
  it('a citizen\'s event out of the initial state is a new case for staff', () => {
    expect(staffNoticeOf(gewerbe, 'entwurf', 'pruefung', { type: 'SUBMIT', actor: erika })).toEqual({ kind: 'newCase', title: gewerbe.title });
  });

  it('a later citizen\'s event that changes the state names the event', () => {
    expect(staffNoticeOf(gewerbe, 'nachforderung', 'pruefung', { type: 'SUBMIT_DOCUMENTS', actor: erika }))
      .toEqual({ kind: 'citizenAnswered', title: gewerbe.title, event: { de: 'Unterlagen nachreichen', en: 'Submit documents' } });
  });

  it('owes staff nothing for their own events, the start, timers, or a citizen\'s event that keeps the state (a bid)', () => {
    expect(staffNoticeOf(gewerbe, 'pruefung', 'nachforderung', { type: 'REQUEST_DOCUMENTS', actor: { id: 'clerk-gewerbe', role: 'clerk' } })).toBeUndefined();
    expect(staffNoticeOf(gewerbe, null, 'entwurf', { type: 'xstate.init' })).toBeUndefined();
    expect(staffNoticeOf(gewerbe, 'pruefung', 'eskalation', { type: 'TIMEOUT' })).toBeUndefined();
    expect(staffNoticeOf(vergabe, 'angebotsfrist', 'angebotsfrist', { type: 'SUBMIT_BID', actor: { id: 'bau-gmbh', role: 'bidder' } })).toBeUndefined();
  });
});
