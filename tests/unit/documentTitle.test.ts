import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../definitions/index.js';
import { documentTitle } from '../../ui/documents/documentTitle.js';

const gewerbe = loadCatalogue().get('gewerbeanmeldung')!;

describe('documentTitle', () => {
  it('names a rendered and a sealed document by the definition\'s title, in the reader\'s language', () => {
    // Gewerbeanmeldung renders its template `gewerbeanmeldebescheinigung` as the document `bescheinigung`.
    const title = gewerbe.documents!.gewerbeanmeldebescheinigung!.title;
    expect(documentTitle(gewerbe, 'bescheinigung', 'de')).toBe(title.de);
    expect(documentTitle(gewerbe, 'bescheinigung (gesiegelt)', 'de')).toBe(`${title.de} (gesiegelt)`);
    expect(documentTitle(gewerbe, 'bescheinigung (gesiegelt)', 'en')).toBe(`${title.en} (sealed)`);
    expect(documentTitle(gewerbe, 'nachforderungsschreiben (gesiegelt)', 'de')).toBe(`${gewerbe.documents!['gewerbe-nachforderung']!.title.de} (gesiegelt)`);
  });

  it('keeps the stored title of what no template made: receipts, uploads, unknown names', () => {
    expect(documentTitle(gewerbe, 'Eingangsbestätigung Gewerbeanmeldung', 'de')).toBe('Eingangsbestätigung Gewerbeanmeldung');
    expect(documentTitle(gewerbe, 'erlaubnis.pdf', 'en')).toBe('erlaubnis.pdf');
    expect(documentTitle(undefined, 'bescheinigung', 'de')).toBe('bescheinigung');
  });
});
