import type { LocalizedText } from '../../engine/index.js';
import { readableDuration } from './consentDuration.js';

/** What a consent request says to the citizen; every text but the note is declared, not typed. */
export interface ConsentRequestFacts {
  authority: string;
  purpose: LocalizedText;
  categories: LocalizedText[];
  duration: string;
  note: string | null;
}

/**
 * The inbox message of a consent request in the citizen's language. The officer's note is
 * quoted and marked as such, after the declared purpose it cannot replace.
 */
export function consentRequestMessage(f: ConsentRequestFacts, lang: 'de' | 'en'): { subject: string; body: string } {
  const categories = f.categories.map((c) => c[lang]).join(', ');
  const duration = readableDuration(f.duration, lang);
  if (lang === 'en') {
    return {
      subject: `Your consent is requested: ${f.authority}`,
      body: [`The authority ${f.authority} asks for your consent to read these data of yours: ${categories}.`, `Purpose: ${f.purpose.en}.`,
        `For: ${duration} from your consent.`, ...(f.note ? [`Note of the officer: “${f.note}”`] : []),
        'You may grant or refuse in the portal, and revoke a consent at any time. Without it the data stay closed.'].join('\n'),
    };
  }
  return {
    subject: `Bitte um Ihre Einwilligung: ${f.authority}`,
    body: [`Die Behörde ${f.authority} bittet um Ihre Einwilligung, folgende Ihrer Daten lesen zu dürfen: ${categories}.`, `Zweck: ${f.purpose.de}.`,
      `Dauer: ${duration} ab Ihrer Einwilligung.`, ...(f.note ? [`Anmerkung der Sachbearbeitung: „${f.note}“`] : []),
      'Sie können im Portal zustimmen oder ablehnen und eine Einwilligung jederzeit widerrufen. Ohne sie bleiben die Daten verschlossen.'].join('\n'),
  };
}
