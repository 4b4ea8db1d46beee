import { describe, expect, it } from 'vitest';
import { createAjv } from './createAjv.js';
import { localizeAjvError } from './localizeAjvError.js';

/** The localized messages real ajv errors get for `value` under `schema`. */
function messages(schema: object, value: unknown) {
  const validate = createAjv().compile(schema);
  expect(validate(value)).toBe(false);
  return (validate.errors ?? []).map((e) => localizeAjvError(e).message);
}

// Issue 8: "At least 1 characters" — the noun must agree with the number, in both languages.
describe('localizeAjvError()', () => {
  it.each([
    [{ type: 'string', minLength: 1 }, '', 'Mindestens 1 Zeichen.', 'At least 1 character.'],
    [{ type: 'string', minLength: 3 }, 'ab', 'Mindestens 3 Zeichen.', 'At least 3 characters.'],
    [{ type: 'string', maxLength: 1 }, 'ab', 'Höchstens 1 Zeichen.', 'At most 1 character.'],
    [{ type: 'string', maxLength: 0 }, 'a', 'Höchstens 0 Zeichen.', 'At most 0 characters.'],
    [{ type: 'array', minItems: 1 }, [], 'Mindestens 1 Eintrag.', 'At least 1 item.'],
    [{ type: 'array', minItems: 2 }, [1], 'Mindestens 2 Einträge.', 'At least 2 items.'],
    [{ type: 'array', maxItems: 1 }, [1, 2], 'Höchstens 1 Eintrag.', 'At most 1 item.'],
    [{ type: 'array', maxItems: 2 }, [1, 2, 3], 'Höchstens 2 Einträge.', 'At most 2 items.'],
    [{ type: 'object', minProperties: 1 }, {}, 'Mindestens 1 Eintrag.', 'At least 1 entry.'],
    [{ type: 'object', minProperties: 2 }, { a: 1 }, 'Mindestens 2 Einträge.', 'At least 2 entries.'],
    [{ type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, 'Höchstens 1 Eintrag.', 'At most 1 entry.'],
    [{ type: 'object', maxProperties: 2 }, { a: 1, b: 2, c: 3 }, 'Höchstens 2 Einträge.', 'At most 2 entries.'],
  ])('words %j in agreement with its limit', (schema, value, de, en) => {
    expect(messages(schema, value)).toEqual([{ de, en }]);
  });

  it('words contains with its minimum and maximum', () => {
    const item = { const: 'x' };
    expect(messages({ contains: item }, [])).toEqual([{ de: 'Mindestens 1 passender Eintrag.', en: 'At least 1 matching item.' }]);
    expect(messages({ contains: item, minContains: 2 }, ['x'])).toEqual([{ de: 'Mindestens 2 passende Einträge.', en: 'At least 2 matching items.' }]);
    expect(messages({ contains: item, minContains: 0, maxContains: 1 }, ['x', 'x'])).toEqual([{ de: 'Höchstens 1 passender Eintrag.', en: 'At most 1 matching item.' }]);
    expect(messages({ contains: item, minContains: 1, maxContains: 2 }, [])).toEqual([{ de: 'Mindestens 1 und höchstens 2 passende Einträge.', en: 'At least 1 and at most 2 matching items.' }]);
  });
});
