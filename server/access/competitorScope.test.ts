import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import type { AuditRecord, CaseRecord, DocumentRecord } from '../../store/index.js';
import type { CaseView } from '../../workflows/index.js';
import type { Principal } from '../http/RouteSpec.js';
import type { CaseAccess } from './caseAccess.js';
import { ownAuditEntry, ownDocument, ownView } from './competitorScope.js';
import type { CompetitorScope } from './competitorScope.js';

const definition = loadCatalogue().get('vergabe-angebot')!;
const caseId = '00000000-0000-4000-8000-000000000001';
const bidders = [{ id: 'musterbau', role: 'bidder' }, { id: 'jonas', role: 'bidder' }];
const jonas = { sub: 'jonas', name: 'Jonas', kind: 'citizen', assurance: 'substantial' } as Principal;
const access = (as: 'party' | 'staff', parties = bidders): CaseAccess =>
  ({ record: { id: caseId, parties } as CaseRecord, definition, as, roles: as === 'party' ? ['bidder'] : ['procurementOfficer'] });
const at = 'now';
const caseView = {
  parties: bidders,
  history: [
    { seq: 1, type: 'PUBLISH', at, actor: { id: 'clerk-vergabe', role: 'procurementOfficer' }, from: 'vorbereitung', to: 'angebotsfrist' },
    { seq: 2, type: 'SUBMIT_BID', at, actor: { id: 'musterbau', role: 'bidder' }, from: 'angebotsfrist', to: 'angebotsfrist' },
    { seq: 3, type: 'SUBMIT_BID', at, actor: { id: 'jonas', role: 'bidder' }, from: 'angebotsfrist', to: 'angebotsfrist' },
  ],
  failures: [{ key: `${caseId}:2:0`, type: 'receipt', message: 'x' }, { key: `${caseId}:3:0`, type: 'receipt', message: 'y' }],
} as unknown as CaseView;

describe('ownView()', () => {
  it('shows a bidder neither its competitor nor what the competitor fired', () => {
    const v = ownView(access('party'), jonas, caseView);
    expect(v.parties).toEqual([{ id: 'jonas', role: 'bidder' }]);
    expect(v.history.map((h) => h.seq)).toEqual([1, 3]);
    expect(v.failures.map((f) => f.key)).toEqual([`${caseId}:3:0`]);
  });

  it('shows staff, and a party without a competitor in its role, the whole case', () => {
    expect(ownView(access('staff'), { ...jonas, kind: 'staff' }, caseView)).toBe(caseView);
    const alone = { ...caseView, parties: [bidders[1]!], history: caseView.history.filter((h) => h.seq !== 2) };
    expect(ownView(access('party', [bidders[1]!]), jonas, alone)).toBe(alone);
  });
});

describe('ownDocument() and ownAuditEntry()', () => {
  const scope: CompetitorScope = { others: new Set(['musterbau']), theirSeqs: new Set([2]) };
  const audit = (idemKey: string, actor: string) => ({ idemKey, actor }) as AuditRecord;

  it('leave out what another party\'s event filed and logged, and entries that party made', () => {
    expect(ownDocument(scope, { effectKey: `${caseId}:2:0` } as DocumentRecord)).toBe(false);
    expect(ownDocument(scope, { effectKey: `${caseId}:3:0` } as DocumentRecord)).toBe(true);
    expect([
      audit(`${caseId}:transition:2`, 'musterbau'), audit(`${caseId}:2:0`, 'system'), audit(`${caseId}:consent:x`, 'musterbau'),
      audit(`${caseId}:transition:3`, 'jonas'), audit(`${caseId}:3:0`, 'system'), audit(`${caseId}:transition:1`, 'clerk-vergabe'),
    ].map((e) => ownAuditEntry(scope, e))).toEqual([false, false, false, true, true, true]);
  });

  it('leave everything in without a scope', () => {
    expect(ownDocument(undefined, { effectKey: `${caseId}:2:0` } as DocumentRecord)).toBe(true);
    expect(ownAuditEntry(undefined, audit(`${caseId}:2:0`, 'musterbau'))).toBe(true);
  });
});
