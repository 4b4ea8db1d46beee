import { ApiError } from '../../ui/index.js';

/**
 * A server refusal in the clerk's language: the workflow's own words (`details.message`, German
 * and English) where the answer carries them, else the server's message.
 */
export function serverMessage(err: unknown, language: string): string {
  if (err instanceof ApiError) {
    const words = err.details?.['message'] as { de?: string; en?: string } | undefined;
    const text = language === 'en' ? words?.en : words?.de;
    return text || err.message;
  }
  return (err as Error).message;
}
