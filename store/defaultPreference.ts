import type { PreferenceRecord } from './entities.js';

/** How a citizen who never chose is reached: the portal inbox only (never paper), in German, no notice on access. */
export function defaultPreference(subject: string): PreferenceRecord {
  return { subject, channels: ['portal'], email: null, language: 'de', notifyOnAccess: false, postalAddress: null };
}
