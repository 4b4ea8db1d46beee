/**
 * PEM ⇄ DER helpers for certificates and PKCS#8 keys. Kept tiny on purpose: every caller knows the
 * label it expects, and a wrong label is reported rather than guessed.
 */

/** Wraps DER bytes as PEM with the given label (`CERTIFICATE`, `PRIVATE KEY`). */
export function derToPem(der: Uint8Array, label: string): string {
  const base64 = Buffer.from(der).toString('base64');
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** All DER blocks with the given label in a PEM text (a bundle may hold several). */
export function pemToDers(pem: string, label: string): Uint8Array[] {
  const pattern = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`, 'g');
  return [...pem.matchAll(pattern)].map((m) => new Uint8Array(Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64')));
}

/** The single DER block with the given label; throws when there is none. */
export function pemToDer(pem: string, label: string): Uint8Array {
  const [der] = pemToDers(pem, label);
  if (!der) throw new TypeError(`pemToDer: no ${label} block found`);
  return der;
}
