import { ApiError } from '../../../ui/index.js';

/** The settings form's fields that an error can point at (their element ids in the form). */
export type SettingsField = 'channels' | 'email' | 'address';

/** One error of the settings form: the field it belongs to (none for a general failure) and its text key or message. */
export interface SettingsError {
  field?: SettingsField;
  message: string;
}

/**
 * Turns the server's refusal of `PUT /api/me/preferences` into errors at the fields they concern:
 * its business codes (`email-required`, `address-required`) and the JSON pointers (after `body`) of a schema
 * refusal (`/email`, `/channels`, `/postalAddress/…`). `text` gives the form's own words.
 */
export function settingsErrors(error: unknown, text: (key: SettingsField | 'other', message?: string) => string): SettingsError[] {
  if (!(error instanceof ApiError)) return [{ message: text('other', (error as Error).message) }];
  if (error.code === 'email-required') return [{ field: 'email', message: text('email') }];
  if (error.code === 'address-required') return [{ field: 'address', message: text('address') }];
  const pointers = ((error.details?.errors ?? []) as { path?: string }[]).map((e) => (e.path ?? '').replace(/^body/, ''));
  const fields = new Set<SettingsField>();
  for (const p of pointers) {
    if (p.startsWith('/email')) fields.add('email');
    else if (p.startsWith('/channels')) fields.add('channels');
    else if (p.startsWith('/postalAddress')) fields.add('address');
  }
  if (!fields.size) return [{ message: text('other', error.message) }];
  return [...fields].map((field) => ({ field, message: text(field) }));
}
