import type { FieldShape, FormShapes } from './formShapes.js';

const text: FieldShape = { type: 'string', categories: [] };
const instant: FieldShape = { type: 'string', format: 'date-time', categories: [] };
const day: FieldShape = { type: 'string', format: 'date', categories: [] };
const group = (fields: Record<string, FieldShape>): FieldShape => ({ type: 'object', categories: [], fields });

/**
 * The shape of the view every template of a procedure renders over (see `templateView`): the
 * case, the authority, the procedure, the dates and the data of every form. Placeholders are
 * checked against it when a definition is published.
 */
export function viewShape(forms: FormShapes): FieldShape {
  return group({
    case: group({ id: text, reference: text, receivedAt: instant }),
    authority: group({ name: text, address: text }),
    procedure: group({ title: text, legalBasis: text }),
    event: group({ type: text, at: instant }),
    date: day,
    deadline: day,
    applicant: group({ name: text }),
    data: { type: 'object', categories: [], fields: forms },
  });
}
