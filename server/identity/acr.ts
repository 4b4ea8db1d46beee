import type { Assurance } from './Principal.js';

/**
 * `acr` values per assurance level. We use the eIDAS level-of-assurance URIs because BundID and
 * eIDAS-connected IdPs send exactly these; a plain-word `acr` ('basic', 'substantial', 'high')
 * is understood too, for IdPs configured by hand.
 */
export const ACR: Readonly<Record<Assurance, string>> = {
  basic: 'http://eidas.europa.eu/LoA/low',
  substantial: 'http://eidas.europa.eu/LoA/substantial',
  high: 'http://eidas.europa.eu/LoA/high',
};

// BundID also reports the older STORK QAA levels; 1 and 2 count as basic.
const KNOWN: Record<string, Assurance> = {
  [ACR.basic]: 'basic', [ACR.substantial]: 'substantial', [ACR.high]: 'high',
  basic: 'basic', low: 'basic', substantial: 'substantial', high: 'high',
  'STORK-QAA-Level-1': 'basic', 'STORK-QAA-Level-2': 'basic', 'STORK-QAA-Level-3': 'substantial', 'STORK-QAA-Level-4': 'high',
};

/** The assurance an `acr` claim stands for; unknown or missing means the lowest, never more. */
export function assuranceOf(acr: unknown): Assurance {
  return (typeof acr === 'string' && Object.hasOwn(KNOWN, acr) ? KNOWN[acr] : undefined) ?? 'basic';
}
