import recheck from 'recheck';
import type { LocalizedText } from './types.js';

// A workflow bundle may drop recheck (Temporal `bundlerOptions.ignoreModules: ['recheck']`,
// it only validates forms there): then every pattern fails closed instead of crashing.
const checkSync = (recheck as Partial<typeof recheck> | undefined)?.checkSync;

/** Longest `pattern` a form may use; longer ones are rejected without analysis. */
const MAX_PATTERN_LENGTH = 500;

const verdicts = new Map<string, LocalizedText | null>();

function analyse(source: string): LocalizedText | null {
  if (source.length > MAX_PATTERN_LENGTH) {
    return { de: `Das Muster ist länger als ${MAX_PATTERN_LENGTH} Zeichen.`, en: `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.` };
  }
  try {
    new RegExp(source, 'u'); // ajv compiles patterns with the `u` flag
  } catch {
    return { de: 'Das Muster ist kein gültiger regulärer Ausdruck.', en: 'The pattern is not a valid regular expression.' };
  }
  if (!checkSync) {
    return { de: 'In dieser Laufzeit ist kein ReDoS-Prüfer geladen; Muster werden abgelehnt.', en: 'No ReDoS checker is loaded in this runtime; patterns are rejected.' };
  }
  const result = checkSync(source, 'u', { timeout: 2000 });
  if (result.status === 'safe') return null;
  if (result.status === 'vulnerable') {
    return {
      de: `Das Muster ist anfällig für katastrophales Backtracking (ReDoS, ${result.complexity.summary}), z. B. mit ${result.attack.pattern}.`,
      en: `The pattern is prone to catastrophic backtracking (ReDoS, ${result.complexity.summary}), e.g. with ${result.attack.pattern}.`,
    };
  }
  return {
    de: `Das Muster ließ sich nicht als sicher nachweisen (${result.error.kind}).`,
    en: `The pattern could not be shown to be safe (${result.error.kind}).`,
  };
}

/**
 * Checks a regular expression from a form schema with recheck (a maintained ReDoS checker:
 * automaton analysis with a fuzzing fallback). Returns why it is unsafe, or null when safe.
 * Verdicts are cached: catalogues repeat the same few patterns.
 */
export function checkPattern(source: string): LocalizedText | null {
  let verdict = verdicts.get(source);
  if (verdict === undefined) {
    verdict = analyse(source);
    verdicts.set(source, verdict);
  }
  return verdict;
}
