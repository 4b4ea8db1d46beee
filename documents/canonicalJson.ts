import canonicalizeModule from 'canonicalize';

// The package is CommonJS (`module.exports = serialize`) but its typings say `export default`, so
// under NodeNext TypeScript sees the function one level too deep. At runtime the default import is it.
const canonicalize = canonicalizeModule as unknown as typeof canonicalizeModule.default;

/**
 * RFC 8785 (JCS) canonical form of a JSON value. Throws for values JSON cannot represent
 * (undefined at top level, NaN, Infinity): hashing those would be a programmer mistake.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalJson: value is not representable as JSON');
  return text;
}
