import type { LocalizedText } from '../../engine/index.js';

/** A text staff write that a citizen reads, tidied; or why it is refused (German and English). */
export type PlainText = { ok: true; text: string } | { ok: false; why: LocalizedText };

// Control, format (bidi overrides, zero-width), private-use, unassigned and surrogate code points.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u;
const LINKS = [
  /[a-z][a-z0-9+.-]*:\/\//i, // a URL with a scheme
  /\bwww\d*\./i,
  /[\p{L}\p{N}-]+\.[a-z]{2,24}(?![\p{L}\p{N}])/iu, // a domain name: name.tld (also in an e-mail address)
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/, // an IPv4 address
];
const refuse = (de: string, en: string): PlainText => ({ ok: false, why: { de, en } });

/**
 * Checks a short text written by staff and shown to citizens (the purpose of a read, the note
 * on a consent request): whitespace runs become one space and the ends are trimmed; refused
 * are control and invisible format characters (which can hide or reverse text), texts with
 * fewer than three letters or digits, texts longer than `max`, and links of any kind (a web or
 * e-mail address, a domain, an IP address), so the portal cannot carry phishing in an
 * authority's name.
 */
export function plainText(raw: string, max: number): PlainText {
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (INVISIBLE.test(text)) return refuse('Der Text enthält Steuer- oder unsichtbare Zeichen.', 'The text holds control or invisible characters.');
  if ((text.match(/[\p{L}\p{N}]/gu) ?? []).length < 3) return refuse('Der Text braucht mindestens drei Buchstaben oder Ziffern.', 'The text needs at least three letters or digits.');
  if ([...text].length > max) return refuse(`Der Text ist länger als ${max} Zeichen.`, `The text is longer than ${max} characters.`);
  if (LINKS.some((re) => re.test(text))) return refuse('Der Text darf keine Links, Web- oder E-Mail-Adressen enthalten.', 'The text may not hold links, web or e-mail addresses.');
  return { ok: true, text };
}
