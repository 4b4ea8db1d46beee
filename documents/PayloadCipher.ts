import type { webcrypto } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';

// CommonJS package: its namespaces arrive on the default export under ESM.
const { temporal } = proto;
const ENCODING = 'binary/encrypted';
const encoder = new TextEncoder();

/**
 * Encrypts every Temporal payload (workflow inputs, Update arguments, activity inputs and
 * results, query answers) with AES-256-GCM before it leaves the process, so the case data in
 * Temporal's history and web UI is unreadable there: personal data is read only through the
 * API, which logs each staff read. Clients and workers share the key; the key id travels in the
 * metadata so keys can be rotated (old payloads need their old key to decode).
 */
export class PayloadCipher implements PayloadCodec {
  private constructor(private readonly key: webcrypto.CryptoKey, private readonly keyId: string) {}

  /** A codec for a 32-byte key. */
  static async create(rawKey: Uint8Array, keyId: string): Promise<PayloadCipher> {
    if (rawKey.byteLength !== 32) throw new Error(`payload key must be 32 bytes, got ${rawKey.byteLength}`);
    const key = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
    return new PayloadCipher(key, keyId);
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.all(payloads.map(async (payload) => {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, this.key, plain));
      const data = new Uint8Array(iv.byteLength + sealed.byteLength);
      data.set(iv);
      data.set(sealed, iv.byteLength);
      return { metadata: { encoding: encoder.encode(ENCODING), 'encryption-key-id': encoder.encode(this.keyId) }, data };
    }));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.all(payloads.map(async (payload) => {
      const encoding = payload.metadata?.encoding ? new TextDecoder().decode(payload.metadata.encoding) : '';
      if (encoding !== ENCODING || !payload.data) return payload;
      const keyId = new TextDecoder().decode(payload.metadata?.['encryption-key-id'] ?? new Uint8Array());
      if (keyId !== this.keyId) throw new Error(`payload was encrypted with key "${keyId}", this process has "${this.keyId}"`);
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: payload.data.subarray(0, 12) }, this.key, payload.data.subarray(12));
      return temporal.api.common.v1.Payload.decode(new Uint8Array(plain));
    }));
  }
}
