import { describe, expect, it } from 'vitest';
import { plainText } from './plainText.js';

describe('plainText()', () => {
  it('tidies blanks and keeps ordinary German text, paragraphs and abbreviations', () => {
    expect(plainText('  Prüfung\tnach  § 14 GewO\n', 300)).toEqual({ ok: true, text: 'Prüfung nach § 14 GewO' });
    for (const ok of ['Nachweis nach § 34d GewO, Abs. 2 Nr. 3', 'Prüfung z.B. der Erlaubnis, d.h. bzw.Prüfung', 'Az. 12.3.4-567/2026']) expect(plainText(ok, 300).ok, ok).toBe(true);
  });

  it.each([
    ['blanks only', '     '],
    ['control characters', '\u0001\u0002\u0003\u0004'],
    ['a NUL inside', 'Prüfung\u0000'],
    ['a bidi override', 'Prüfung\u202Egnufürp'],
    ['a zero-width space', 'Prü\u200Bfung'],
    ['too few letters', '.. -'],
    ['a URL', 'siehe https://evil.example/x'],
    ['a URL without scheme', 'Anmeldung unter www.evil.example'],
    ['a domain', 'Bitte amtsweg-login.de aufrufen'],
    ['an e-mail address', 'Antwort an service@evil.example'],
    ['an IP address', 'Formular unter 10.0.0.1 abrufen'],
    ['a too long text', 'x'.repeat(301)],
  ])('refuses %s, saying why in German and English', (_, text) => {
    const result = plainText(text, 300);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.why).toEqual({ de: expect.any(String), en: expect.any(String) });
  });
});
