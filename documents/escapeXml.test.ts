import { describe, expect, it } from 'vitest';
import { escapeXml } from './escapeXml.js';

describe('escapeXml()', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Müller & 'Söhne'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Müller &amp; &apos;Söhne&apos;&lt;/a&gt;');
  });

  it('drops control characters XML 1.0 cannot carry but keeps tab and newline', () => {
    expect(escapeXml('a\u0000b\u001Fc\td\ne')).toBe('abc\td\ne');
  });

  it('drops lone surrogates but keeps paired ones', () => {
    expect(escapeXml('x\uD800y 😀')).toBe('xy 😀');
  });
});
