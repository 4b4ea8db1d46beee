import { createCipheriv, createDecipheriv, createSecretKey, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';

// CommonJS package: its namespaces arrive on the default export under ESM.
const { temporal } = proto;
const ENCODING = 'binary/encrypted';
/** Encoding (prefix) of what a refused payload decodes to. */
const REFUSED = 'binary/refused';
const IV_BYTES = 12;
/** GCM's authentication tag, appended to the ciphertext (as WebCrypto's AES-GCM did). */
const TAG_BYTES = 16;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Encrypts every Temporal payload (workflow inputs, Update arguments, activity inputs and
 * results, query answers) with AES-256-GCM before it leaves the process, so the case data in
 * Temporal's history and web UI is unreadable there: personal data is read only through the
 * API, which logs each staff read. Clients and workers share the key; the key id travels in the
 * metadata so keys can be rotated (old payloads need their old key to decode). Data is
 * IV ‖ ciphertext ‖ tag, as WebCrypto's AES-GCM wrote it before; node:crypto's synchronous
 * cipher does the same without a thread-pool job per payload (issue 14: a third of the worker's
 * main-thread time went to those jobs).
 */
export class PayloadCipher implements PayloadCodec {
  private constructor(private readonly key: KeyObject, private readonly keyId: string) {}

  /** A codec for a 32-byte key. */
  static async create(rawKey: Uint8Array, keyId: string): Promise<PayloadCipher> {
    if (rawKey.byteLength !== 32) throw new Error(`payload key must be 32 bytes, got ${rawKey.byteLength}`);
    return Promise.resolve(new PayloadCipher(createSecretKey(rawKey), keyId));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve(payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const cipher = createCipheriv('aes-256-gcm', this.key, iv);
      const data = new Uint8Array(Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]));
      return { metadata: { encoding: encoder.encode(ENCODING), 'encryption-key-id': encoder.encode(this.keyId) }, data };
    }));
  }

  /**
   * Decrypts. A payload this key did not encrypt — plaintext, tampered with, or under another
   * key — is refused: it decodes to a payload of the encoding `binary/refused; <why>`, which no
   * payload converter reads, so its content never reaches a workflow or activity. Passing
   * plaintext through would let anyone who reaches the Temporal frontend hand the worker an
   * Update of their making, with any actor (issue 9, finding 3). Refused rather than thrown: a
   * throw here fails the whole workflow task, which blocks the case for as long as the sender
   * keeps trying; a refused Update argument is rejected by the SDK like a failed validator,
   * without a trace in the history. Search attributes (which Temporal indexes) and headers
   * never pass the codec; the workflow reads neither.
   */
  async decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve(payloads.map((payload) => {
      const encoding = payload.metadata?.encoding ? decoder.decode(payload.metadata.encoding) : '';
      if (encoding !== ENCODING || !payload.data || payload.data.byteLength < IV_BYTES + TAG_BYTES) return refused('not encrypted');
      const keyId = decoder.decode(payload.metadata?.['encryption-key-id'] ?? new Uint8Array());
      if (keyId !== this.keyId) return refused(`encrypted with key "${keyId}", this process has "${this.keyId}"`);
      try {
        const data = payload.data;
        const decipher = createDecipheriv('aes-256-gcm', this.key, data.subarray(0, IV_BYTES));
        decipher.setAuthTag(data.subarray(data.byteLength - TAG_BYTES));
        const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.byteLength - TAG_BYTES)), decipher.final()]);
        return temporal.api.common.v1.Payload.decode(new Uint8Array(plain));
      } catch {
        return refused('not authentic');
      }
    }));
  }
}

/** The stand-in for a refused payload; the reason shows in the converter's "Unknown encoding" error. */
function refused(why: string): Payload {
  return { metadata: { encoding: encoder.encode(`${REFUSED}; ${why}`) } };
}
