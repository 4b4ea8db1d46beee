/**
 * Where people report barriers (BITV 2.0 § 7 feedback route): `VITE_ACCESSIBILITY_CONTACT` at
 * build time, else the development address. A mailto, so no server route is needed.
 */
export const ACCESSIBILITY_CONTACT: string =
  (import.meta as unknown as { env: Record<string, string | undefined> }).env.VITE_ACCESSIBILITY_CONTACT || 'barrierefreiheit@amtsweg.example';

/** The day this accessibility statement was written and last reviewed (update it with each review). */
export const STATEMENT_DATE = '2026-11-30';
