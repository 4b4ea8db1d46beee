import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../designer/model/json.js';
import { PREVIEW_CASE, templatePreview } from '../../designer/model/templatePreview.js';

const anfrage = (): JsonObject => JSON.parse(readFileSync(new URL('../../definitions/anfrage/procedure.json', import.meta.url), 'utf8')) as JsonObject;
const now = new Date('2026-12-01T10:00:00Z');

describe('templatePreview', () => {
  it('renders a notification over the first example of each form, the sample case and the authority, in either language', () => {
    const de = templatePreview(anfrage(), 'notification', 'anfrage-beantwortet', 'de', now);
    expect(de.map((p) => p.part)).toEqual(['subject', 'body']);
    expect(de[0]).toEqual({ part: 'subject', text: `Antwort auf Ihre Anfrage „Parkausweis für Anwohner“ (${PREVIEW_CASE.reference})` });
    const body = de[1] as { text: string };
    expect(body.text).toContain(`Ihre Anfrage vom 28. November 2026 um 11:00 Uhr (Aktenzeichen ${PREVIEW_CASE.reference}) ist beantwortet.`);
    expect(body.text).toMatch(/Mit freundlichen Grüßen\nBürgeramt$/);
    expect(body.text).not.toContain('{{');
    const en = templatePreview(anfrage(), 'notification', 'anfrage-beantwortet', 'en', now);
    expect(en[0]).toEqual({ part: 'subject', text: `Answer to your enquiry “Parkausweis für Anwohner” (${PREVIEW_CASE.reference})` });
  });

  it('renders only the parts a document has, and says why a part does not render instead of failing', () => {
    const def = anfrage();
    def.documents = { brief: { kind: 'mitteilung', title: { de: 'Brief an {{applicant.name}}', en: 'Letter' }, tenor: { de: 'Frist bis {{deadline}}.', en: 'x' }, reasons: { de: '{{> partial}}', en: 'x' } } };
    const parts = templatePreview(def, 'document', 'brief', 'de', now);
    expect(parts.map((p) => p.part)).toEqual(['title', 'tenor', 'reasons']);
    expect(parts[0]).toEqual({ part: 'title', text: `Brief an ${PREVIEW_CASE.applicant}` });
    expect(parts[1]).toEqual({ part: 'tenor', text: 'Frist bis 15. Dezember 2026.' });
    expect(parts[2]).toMatchObject({ part: 'reasons', problem: expect.any(String) });
  });

  it('leaves a placeholder of a form without a sample empty', () => {
    const def = anfrage();
    def.forms = {};
    const [subject] = templatePreview(def, 'notification', 'anfrage-beantwortet', 'de', now);
    expect(subject).toEqual({ part: 'subject', text: `Antwort auf Ihre Anfrage „“ (${PREVIEW_CASE.reference})` });
  });
});
