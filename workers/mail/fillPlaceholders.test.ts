import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './fillPlaceholders.js';

describe('fillPlaceholders()', () => {
  it('replaces {{name}} and {{ name }} with the value', () => {
    expect(fillPlaceholders('{{a}} und {{ a }}', { a: 'x' })).toBe('x und x');
  });

  it('leaves unknown names and inherited properties as written', () => {
    expect(fillPlaceholders('{{b}} {{constructor}}', { a: 'x' })).toBe('{{b}} {{constructor}}');
  });

  it('does not evaluate expressions or re-expand substituted values', () => {
    expect(fillPlaceholders('{{a.b}} {{a + 1}} {{a}}', { a: '{{a}}' })).toBe('{{a.b}} {{a + 1}} {{a}}');
  });
});
