import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentSealer, loadDocumentSealer } from './index.js';
import type { SealedFile } from './index.js';

const sealer = DocumentSealer.create(randomBytes(32), 'k1');
const bid = (price: string): SealedFile => ({
  title: 'Preisblatt Glanz & Co.', fileName: 'preisblatt.json', mediaType: 'application/json',
  content: new TextEncoder().encode(JSON.stringify({ bieter: 'Glanz & Co.', preisNetto: price })),
});
const binding = { caseId: 'c1', key: 'c1:3:1', sha256: 'a'.repeat(64) };

describe('DocumentSealer', () => {
  it('opens what it sealed, name, media type and content alike', async () => {
    const file = bid('412345.67');
    const opened = await sealer.open(await sealer.seal(file, binding), binding);
    expect(opened).toEqual({ ok: true, file });
  });

  it('shows nothing of the file in the envelope, not even its length', async () => {
    const short = await sealer.seal(bid('9'), binding);
    const long = await sealer.seal(bid('412345678.91'), binding);
    const text = Buffer.from(long).toString('utf8');
    for (const secret of ['412345678', 'Glanz', 'preisblatt', 'application/json']) expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({ protected: expect.any(String), encrypted_key: expect.any(String), iv: expect.any(String), ciphertext: expect.any(String), tag: expect.any(String) });
    expect(short.byteLength).toBe(long.byteLength);
  });

  it('does not open an envelope moved to another case, filing or hash', async () => {
    const envelope = await sealer.seal(bid('1'), binding);
    for (const other of [{ ...binding, caseId: 'c2' }, { ...binding, key: 'c1:4:1' }, { ...binding, sha256: 'b'.repeat(64) }]) {
      expect(await sealer.open(envelope, other)).toMatchObject({ ok: false, code: 'envelope-invalid' });
    }
  });

  it('does not open a changed envelope', async () => {
    const jwe = JSON.parse(Buffer.from(await sealer.seal(bid('1'), binding)).toString('utf8')) as Record<string, string>;
    const ciphertext = Buffer.from(jwe.ciphertext!, 'base64url');
    ciphertext[0] = ciphertext[0]! ^ 1;
    const changed = new TextEncoder().encode(JSON.stringify({ ...jwe, ciphertext: ciphertext.toString('base64url') }));
    expect(await sealer.open(changed, binding)).toMatchObject({ ok: false, code: 'envelope-invalid' });
    expect(await sealer.open(new TextEncoder().encode('{"preisNetto":1}'), binding)).toMatchObject({ ok: false, code: 'envelope-invalid' });
  });

  it('tells an envelope of another key apart, and a key of the same id that is not the one', async () => {
    const envelope = await sealer.seal(bid('1'), binding);
    expect(await DocumentSealer.create(randomBytes(32), 'k2').open(envelope, binding)).toMatchObject({ ok: false, code: 'key-unknown' });
    expect(await DocumentSealer.create(randomBytes(32), 'k1').open(envelope, binding)).toMatchObject({ ok: false, code: 'envelope-invalid' });
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => DocumentSealer.create(randomBytes(16), 'k')).toThrow(/32 bytes/);
  });
});

describe('loadDocumentSealer()', () => {
  it('creates the installation key once (mode 0600) and reads the same key again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'amtsweg-sealing-')), 'keys', 'sealing.json');
    const first = loadDocumentSealer(file, {});
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = loadDocumentSealer(file, {});
    expect(again.keyId).toBe(first.keyId);
    expect(await again.open(await first.seal(bid('5'), binding), binding)).toMatchObject({ ok: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ id: first.keyId });
  });

  it('takes the key and its id from AMTSWEG_SEALING_KEY and AMTSWEG_SEALING_KEY_ID', () => {
    const env = { AMTSWEG_SEALING_KEY: randomBytes(32).toString('base64'), AMTSWEG_SEALING_KEY_ID: 'hsm-2026' };
    expect(loadDocumentSealer('/nonexistent/sealing.json', env).keyId).toBe('hsm-2026');
  });
});
