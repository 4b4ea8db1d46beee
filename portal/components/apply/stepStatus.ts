import { FormValidator } from '../../../ui/index.js';
import type { FormData, FormPage } from '../../../ui/index.js';

// Only whether a page is complete matters here, not the texts.
const validator = new FormValidator(() => '');

/** Status of a page in the task list: errors from the server, done when complete and seen, else open. */
export function stepStatus(page: FormPage, data: FormData, visited: boolean, serverErrors: boolean): 'done' | 'open' | 'errors' {
  if (serverErrors) return 'errors';
  const touched = visited || page.fields.some((f) => data[f] !== undefined);
  return touched && validator.errorsOf(page.schema, data).length === 0 ? 'done' : 'open';
}
