const slug = (s: string) => s.replace(/[^A-Za-z0-9]/g, '_');

/** The id of a form's editor; its fields append `-name`, `-title`, `-heading`, `-fields` … */
export const formRowId = (form: string) => `fm-${slug(form)}`;

/** The id of a field's row in the form builder; its inputs append `-key`, `-title`, `-up` … */
export const fieldRowId = (form: string, key: string) => `${formRowId(form)}-f-${slug(key)}`;

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The form builder's element a finding is about, from its JSON pointer: a field
 * (`/forms/<form>/schema/properties/<key>…`, focus on its German label), the examples
 * (`…/schema/examples…`), its public flag (`…/public`) or the form (its name). Undefined for
 * pointers outside `/forms`.
 */
export function formElementFor(pointer: string): { row: string; field: string } | undefined {
  const seg = pointer.split('/').slice(1).map(unescape);
  if (seg[0] !== 'forms' || !seg[1]) return undefined;
  const form = formRowId(seg[1]);
  if (seg[2] === 'schema' && seg[3] === 'properties' && seg[4]) return { row: fieldRowId(seg[1], seg[4]), field: `${fieldRowId(seg[1], seg[4])}-title` };
  if (seg[2] === 'schema' && seg[3] === 'examples') return { row: form, field: `${form}-examples` };
  if (seg[2] === 'public') return { row: form, field: `${form}-public` };
  return { row: form, field: `${form}-name` };
}

/** The form whose editor holds the row `row` (an id from formElementFor), among `forms`. */
export const formOfRow = (row: string | undefined, forms: string[]): string | undefined =>
  row === undefined ? undefined : forms.find((f) => row === formRowId(f) || row.startsWith(`${formRowId(f)}-f-`));
