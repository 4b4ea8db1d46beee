import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import type { Payload } from '@temporalio/common';
import proto from '@temporalio/proto';
import { describe, expect, it } from 'vitest';
import { PayloadCipher } from './PayloadCipher.js';

const { temporal } = proto;
const json = (value: unknown): Payload => defaultPayloadConverter.toPayload(value);
const read = (payload: Payload | undefined): unknown => defaultPayloadConverter.fromPayload(payload!);

describe('PayloadCipher', () => {
  it('round-trips payloads it encrypted, and Temporal stores only ciphertext', async () => {
    const cipher = await PayloadCipher.create(randomBytes(32), 'k1');
    const [sealed] = await cipher.encode([json({ actor: { id: 'erika', role: 'applicant' } })]);
    expect(new TextDecoder().decode(sealed!.metadata!.encoding)).toBe('binary/encrypted');
    expect(Buffer.from(sealed!.data!).toString('latin1')).not.toContain('erika');
    expect(read((await cipher.decode([sealed!]))[0])).toEqual({ actor: { id: 'erika', role: 'applicant' } });
  });

  it('refuses a payload that is not encrypted: no converter reads what it decodes to (issue 9, finding 3)', async () => {
    const cipher = await PayloadCipher.create(randomBytes(32), 'k1');
    const plain = [json({ actor: { id: 'jonas', role: 'applicant' } }), { metadata: {}, data: new Uint8Array() },
      { metadata: { encoding: new TextEncoder().encode('binary/encrypted') } }, defaultPayloadConverter.toPayload(undefined)];
    for (const decoded of await cipher.decode(plain)) {
      expect(decoded.data).toBeUndefined();
      expect(() => read(decoded)).toThrow('Unknown encoding: binary/refused; not encrypted');
    }
  });

  it('refuses a payload changed after encryption or encrypted with another key', async () => {
    const cipher = await PayloadCipher.create(randomBytes(32), 'k1');
    const [sealed] = await cipher.encode([json({ actor: { id: 'erika' } })]);
    const tampered = { ...sealed!, data: Uint8Array.from(sealed!.data!, (b, i) => (i === sealed!.data!.length - 1 ? b ^ 1 : b)) };
    const [fromTampered] = await cipher.decode([tampered]);
    expect(() => read(fromTampered)).toThrow('binary/refused; not authentic');
    const [otherKey] = await (await PayloadCipher.create(randomBytes(32), 'k1')).decode([sealed!]);
    expect(() => read(otherKey)).toThrow('binary/refused; not authentic');
    const [rotated] = await (await PayloadCipher.create(randomBytes(32), 'k2')).decode([sealed!]);
    expect(() => read(rotated)).toThrow('binary/refused; encrypted with key "k1", this process has "k2"');
  });

  it('reads what WebCrypto\'s AES-GCM encrypted before (IV ‖ ciphertext ‖ tag), and WebCrypto reads its payloads', async () => {
    const raw = randomBytes(32);
    const cipher = await PayloadCipher.create(raw, 'k1');
    const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
    const plain = temporal.api.common.v1.Payload.encode(json({ seq: 3 })).finish();
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = Buffer.concat([iv, new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain))]);
    const metadata = { encoding: new TextEncoder().encode('binary/encrypted'), 'encryption-key-id': new TextEncoder().encode('k1') };
    expect(read((await cipher.decode([{ metadata, data: new Uint8Array(sealed) }]))[0])).toEqual({ seq: 3 });
    const [ours] = await cipher.encode([json({ seq: 4 })]);
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: ours!.data!.subarray(0, 12) }, key, ours!.data!.subarray(12));
    expect(read(temporal.api.common.v1.Payload.decode(new Uint8Array(opened)))).toEqual({ seq: 4 });
  });
});
