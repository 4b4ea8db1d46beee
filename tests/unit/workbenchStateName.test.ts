import { describe, expect, it } from 'vitest';
import { catalogueDefinition } from '../support/cases.js';
import { stateKeyword } from '../../workflows/searchAttributes.js';
import { stateName } from '../../workbench/components/caseFacts.js';

describe('stateName() of the workbench', () => {
  const bau = catalogueDefinition('baugenehmigung');
  const asked = { verfahren: { stellungnahmen: { brandschutz: 'angefragt', denkmalschutz: 'angefragt' } } };

  it('names the parallel states of a case list keyword as the case view names them (issue 11: statements)', () => {
    expect(stateKeyword(asked)).toBe('verfahren.(stellungnahmen.(brandschutz.angefragt|denkmalschutz.angefragt))');
    expect(stateName(stateKeyword(asked), bau, 'de')).toBe('Stellungnahme Brandschutz angefragt, Stellungnahme Denkmalschutz angefragt');
    expect(stateName(asked, bau, 'de')).toBe(stateName(stateKeyword(asked), bau, 'de'));
  });

  it('names a plain state by its title', () => {
    expect(stateName('vollstaendigkeit', bau, 'en')).toBe('Completeness check');
  });
});
