import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/apiTypes.js';

// Issue 10: the UIs' API client is typed from the server's OpenAPI document; a route changed
// without `npm run api:types` fails here, so UI and API cannot drift apart.
describe('ui/api/schema.d.ts', () => {
  it('is what openapi-typescript makes of the current OpenAPI document', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await generateApiTypes());
  });
});
