/**
 * A form of `fields` answers for the benchmark (`npm run bench:forms`): groups of ten fields
 * of the kinds the catalogue uses — text, number, date, e-mail, a yes/no and a short choice.
 */
export function benchSchema(fields: number): Record<string, unknown> {
  const groups = Math.ceil(fields / 10);
  const properties: Record<string, unknown> = {};
  for (let g = 0; g < groups; g++) {
    const inner: Record<string, unknown> = {};
    for (let f = 0; f < Math.min(10, fields - g * 10); f++) {
      const kind = f % 6;
      inner[`feld${f + 1}`] = kind === 1 ? { type: 'integer', minimum: 0 }
        : kind === 2 ? { type: 'string', format: 'date' }
          : kind === 3 ? { type: 'boolean' }
            : kind === 4 ? { enum: ['eins', 'zwei', 'drei'] }
              : { type: 'string', maxLength: 100, ...(f === 0 ? { minLength: 1 } : {}) };
    }
    properties[`gruppe${g + 1}`] = { type: 'object', required: ['feld1'], properties: inner };
  }
  return { type: 'object', properties };
}
