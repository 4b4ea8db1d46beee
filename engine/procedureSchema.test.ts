import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { procedureSchema } from './index.js';

describe('procedureSchema', () => {
  it('equals the committed procedure.schema.json (regenerate with `npm run amtsweg -- schema`)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('./procedure.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(procedureSchema)));
  });
});
