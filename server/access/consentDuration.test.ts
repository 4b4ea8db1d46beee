import { describe, expect, it } from 'vitest';
import { HttpError } from '../HttpError.js';
import { consentDurationMs, readableDuration } from './consentDuration.js';
import { consentRequestMessage } from './consentRequestMessage.js';

const now = new Date();
const refusal = (duration: string, max = 'P90D') => {
  try {
    consentDurationMs(duration, max, now);
  } catch (err) {
    return err instanceof HttpError ? `${err.status} ${err.code}` : 'thrown';
  }
  return 'ok';
};

describe('consentDurationMs()', () => {
  it('accepts durations up to the maximum and refuses longer, empty and uncomputable ones (P99999Y was a 500)', () => {
    expect(['P7D', 'P90D', 'P12W', 'P91D', 'P1Y', 'P99999Y', 'P0D', 'P1X'].map((d) => refusal(d))).toEqual([
      'ok', 'ok', 'ok', '422 duration-too-long', '422 duration-too-long', '422 duration-too-long', '422 duration-empty', '400 duration-invalid',
    ]);
    expect(refusal('P1Y', 'P3650D')).toBe('ok');
  });
});

describe('the consent request message', () => {
  it('says what is asked in the citizen\'s language, the note quoted after the declared purpose', () => {
    const facts = { authority: 'gewerbeamt', purpose: { de: 'Prüfung Ihres Antrags', en: 'Examination of your application' }, categories: [{ de: 'Nachweise', en: 'Certificates' }], duration: 'P1M2W', note: 'Bitte § 34d' };
    const de = consentRequestMessage(facts, 'de');
    expect(de.body).toContain('Zweck: Prüfung Ihres Antrags.\nDauer: 1 Monat 2 Wochen ab Ihrer Einwilligung.\nAnmerkung der Sachbearbeitung: „Bitte § 34d“');
    expect(consentRequestMessage({ ...facts, note: null }, 'en').body).not.toContain('Note');
    expect(readableDuration('P1Y3D', 'en')).toBe('1 year 3 days');
  });
});
