import { FlattenedEncrypt, flattenedDecrypt } from 'jose';
import type { FlattenedJWE } from 'jose';

/** A file as filed, before sealing and after opening. */
export interface SealedFile {
  title: string;
  fileName: string;
  mediaType: string;
  content: Uint8Array;
}

/**
 * What a sealed envelope belongs to. It is bound into the encryption: an envelope copied to
 * another case, another filing or under another hash does not open.
 */
export interface SealBinding {
  caseId: string;
  /** The filing's idempotency key (unique per document). */
  key: string;
  /** SHA-256 (hex) of the content: what the receipt confirmed. */
  sha256: string;
}

/** Why an envelope did not open: not this installation's key (yet), or damaged or moved. */
export type OpenFailure = { ok: false; code: 'key-unknown' | 'envelope-invalid'; message: string };

/** Padding block: envelopes are a multiple of this size, so their length does not tell a price's digits. */
const BLOCK = 4096;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Seals documents that nobody may read before an opening event (bids until the opening,
 * § 55 VgV): each file gets its own random content key (AES-256-GCM), wrapped with the
 * installation's sealing key (AES-256-KW) — a flattened JWE (RFC 7516) with the key id, so the
 * database and its backups hold neither the content nor a key that opens it. Name, media type
 * and length are sealed too (padded to 4 KiB blocks). Only the worker holds the sealing key.
 */
export class DocumentSealer {
  private constructor(private readonly key: Uint8Array, readonly keyId: string) {}

  /** A sealer for a 32-byte key. */
  static create(rawKey: Uint8Array, keyId: string): DocumentSealer {
    if (rawKey.byteLength !== 32) throw new Error(`sealing key must be 32 bytes, got ${rawKey.byteLength}`);
    return new DocumentSealer(new Uint8Array(rawKey), keyId);
  }

  /** The sealed envelope (JSON bytes) of `file`, bound to `binding`. */
  async seal(file: SealedFile, binding: SealBinding): Promise<Uint8Array> {
    const json = JSON.stringify({ title: file.title, fileName: file.fileName, mediaType: file.mediaType, content: Buffer.from(file.content).toString('base64') });
    // Trailing spaces are JSON whitespace: the padded text still parses to the same value.
    const padded = json + ' '.repeat(BLOCK - (encoder.encode(json).byteLength % BLOCK));
    const jwe = await new FlattenedEncrypt(encoder.encode(padded))
      .setProtectedHeader({ alg: 'A256KW', enc: 'A256GCM', kid: this.keyId, cty: 'amtsweg-sealed-file' })
      .setAdditionalAuthenticatedData(encoder.encode(bindingText(binding)))
      .encrypt(this.key);
    return encoder.encode(JSON.stringify(jwe));
  }

  /** Opens an envelope made by `seal` for the same binding; failures are data. */
  async open(envelope: Uint8Array, binding: SealBinding): Promise<{ ok: true; file: SealedFile } | OpenFailure> {
    let jwe: FlattenedJWE;
    try {
      jwe = JSON.parse(decoder.decode(envelope)) as FlattenedJWE;
      const header = JSON.parse(Buffer.from(jwe.protected ?? '', 'base64url').toString('utf8')) as { kid?: string };
      if (header.kid !== this.keyId) return { ok: false, code: 'key-unknown', message: `sealed with key "${header.kid}", this process has "${this.keyId}"` };
    } catch {
      return { ok: false, code: 'envelope-invalid', message: 'not a sealed envelope' };
    }
    try {
      const { plaintext, additionalAuthenticatedData } = await flattenedDecrypt(jwe, this.key, { keyManagementAlgorithms: ['A256KW'], contentEncryptionAlgorithms: ['A256GCM'] });
      if (!additionalAuthenticatedData || decoder.decode(additionalAuthenticatedData) !== bindingText(binding)) {
        return { ok: false, code: 'envelope-invalid', message: 'the envelope belongs to another document' };
      }
      const parsed = JSON.parse(decoder.decode(plaintext)) as Omit<SealedFile, 'content'> & { content: string };
      return { ok: true, file: { title: parsed.title, fileName: parsed.fileName, mediaType: parsed.mediaType, content: new Uint8Array(Buffer.from(parsed.content, 'base64')) } };
    } catch (err) {
      return { ok: false, code: 'envelope-invalid', message: `the envelope does not open: ${(err as Error).message}` };
    }
  }
}

function bindingText(binding: SealBinding): string {
  return JSON.stringify(['amtsweg-sealed/1', binding.caseId, binding.key, binding.sha256]);
}
