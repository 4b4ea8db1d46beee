import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { appendAuditEntry } from './appendAuditEntry.js';
import type { AuditEntry } from './AuditEntry.js';
import type { EFile } from './EFile.js';
import { exportEFile } from './exportEFile.js';

const bescheid = new TextEncoder().encode('%PDF-1.7 Bescheid');
const antrag = new TextEncoder().encode('{"name":"Jürgen Müller"}');
const cms = new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]);
const first = appendAuditEntry(undefined, { caseId: 'GA-2026-0001', at: '2026-03-02T08:15:00Z', actor: 'citizen:4711', action: 'case.submitted', details: { form: 'antrag' } });
const second = appendAuditEntry(first, { caseId: 'GA-2026-0001', at: '2026-03-05T10:00:00Z', actor: 'sb-17', action: 'document.sealed', details: { document: 'bescheid', note: '<ok & "fine">' } });

const efile: EFile = {
  id: 'akte-GA-2026-0001',
  title: 'Gewerbeanmeldung Müller <Imbiss & Söhne>',
  authority: 'Gewerbeamt Musterstadt',
  cases: [{
    id: 'GA-2026-0001',
    title: 'Gewerbeanmeldung',
    documents: [
      { id: 'antrag', title: 'Antrag', fileName: 'antrag.json', mediaType: 'application/json', content: antrag,
        signatures: [{ format: 'CAdES-detached', signer: 'Siegel gewerbeamt', signedAt: '2026-03-02T08:15:00Z', content: cms }] },
      { id: 'bescheid', title: 'Bescheid über die Gewerbeanmeldung', fileName: 'Bescheid Müller.pdf', mediaType: 'application/pdf', content: bescheid,
        signatures: [{ format: 'PAdES', signer: 'Siegel gewerbeamt', signedAt: '2026-03-05T10:00:00Z' }] },
    ],
  }],
  auditTrail: [first, second],
};
const options = { exportedAt: '2026-04-01T12:00:00Z' };

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** Attribute maps of every `<tag …>` in the manifest (a regex reader is enough for our own output). */
function elements(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1] ?? '', unescape(a[2] ?? '')])));
}
function unpack(e: EFile = efile) {
  const files = unzipSync(exportEFile(e, options));
  return { files, xml: strFromU8(files['xdomea.xml'] ?? new Uint8Array()) };
}

describe('exportEFile()', () => {
  it('packs xdomea.xml and every document and detached signature under dokumente/', () => {
    expect(Object.keys(unpack().files).sort()).toEqual([
      'dokumente/antrag-antrag.json', 'dokumente/antrag-antrag.json.1.p7s', 'dokumente/bescheid-Bescheid_Muller.pdf', 'xdomea.xml',
    ]);
  });

  it('lists every packed file with a SHA-256 and size that match its content', () => {
    const { files, xml } = unpack();
    const listed = elements(xml, 'Datei');
    expect(listed).toHaveLength(3);
    for (const file of listed) {
      const content = files[file.pfad ?? ''];
      expect(content, file.pfad).toBeDefined();
      expect(file.sha256).toBe(sha256(content!));
      expect(Number(file.groesse)).toBe(content!.byteLength);
    }
  });

  it('nests Akte → Vorgang → Dokument with ids, titles and media types', () => {
    const { xml } = unpack();
    expect(elements(xml, 'Akte')[0]).toMatchObject({ id: 'akte-GA-2026-0001', exportiertAm: '2026-04-01T12:00:00Z' });
    expect(xml.indexOf('<Akte')).toBeLessThan(xml.indexOf('<Vorgang id="GA-2026-0001">'));
    expect(xml.indexOf('<Vorgang')).toBeLessThan(xml.indexOf('<Dokument id="bescheid">'));
    expect(xml).toContain('<Titel>Bescheid über die Gewerbeanmeldung</Titel>');
    expect(elements(xml, 'Datei').find((f) => f.originalName === 'Bescheid Müller.pdf')).toMatchObject({ mediaType: 'application/pdf' });
  });

  it('escapes markup in titles and audit details', () => {
    const { xml } = unpack();
    expect(xml).toContain('<Titel>Gewerbeanmeldung Müller &lt;Imbiss &amp; Söhne&gt;</Titel>');
    expect(xml).not.toContain('<ok');
  });

  it('lists signatures with format, signer and time', () => {
    expect(elements(unpack().xml, 'Signatur')).toEqual([
      { format: 'CAdES-detached', unterzeichner: 'Siegel gewerbeamt', zeitpunkt: '2026-03-02T08:15:00Z' },
      { format: 'PAdES', unterzeichner: 'Siegel gewerbeamt', zeitpunkt: '2026-03-05T10:00:00Z' },
    ]);
  });

  it('carries the audit trail with hashes and marks an intact chain', () => {
    const { xml } = unpack();
    expect(elements(xml, 'Protokoll')[0]).toMatchObject({ kette: 'intakt' });
    expect(elements(xml, 'Eintrag')).toEqual([
      expect.objectContaining({ seq: '1', akteur: 'citizen:4711', aktion: 'case.submitted', vorherigerHash: '', hash: first.hash }),
      expect.objectContaining({ seq: '2', vorherigerHash: first.hash, hash: second.hash }),
    ]);
  });

  it('marks a broken audit chain where it breaks', () => {
    const edited: AuditEntry = { ...second, actor: 'someone-else' };
    expect(elements(unpack({ ...efile, auditTrail: [first, edited] }).xml, 'Protokoll')[0]).toMatchObject({ kette: 'unterbrochen-ab-2' });
  });

  it('marks an excerpt of the audit trail (a party\'s own entries) as such, not as a broken chain', () => {
    expect(elements(unpack({ ...efile, auditTrail: [second], auditExcerpt: true }).xml, 'Protokoll')[0]).toMatchObject({ kette: 'auszug' });
  });

  it('keeps every file inside dokumente/, whatever the original file name', () => {
    const [vorgang] = efile.cases;
    const hostile = { ...vorgang!, documents: [{ ...vorgang!.documents[1]!, fileName: '../../etc/passwd' }] };
    const paths = Object.keys(unpack({ ...efile, cases: [hostile] }).files).filter((p) => p !== 'xdomea.xml');
    expect(paths).toEqual(['dokumente/bescheid-__.._etc_passwd']);
    expect(paths[0]?.split('/')).not.toContain('..');
  });

  // Issue 9, finding 1: the export carried every bid, price and all, before the opening.
  it('shows a sealed document only as existing, with its hash and time of receipt', () => {
    const [vorgang] = efile.cases;
    const bid = { id: 'angebot-1', title: 'angebot', sealed: { sha256: 'c'.repeat(64), receivedAt: '2026-03-03T09:00:00.000Z' } };
    const { files, xml } = unpack({ ...efile, cases: [{ ...vorgang!, documents: [...vorgang!.documents, bid] }] });
    expect(Object.keys(files).filter((p) => p.includes('angebot-1'))).toEqual([]);
    expect(xml).toContain('<Dokument id="angebot-1" versiegelt="ja">');
    expect(elements(xml, 'Versiegelt')).toEqual([{ eingang: '2026-03-03T09:00:00.000Z', sha256: 'c'.repeat(64) }]);
    expect(elements(xml, 'Datei')).toHaveLength(3);
  });

  it('throws for a sealed document without a UTC time of receipt or a SHA-256', () => {
    const [vorgang] = efile.cases;
    for (const sealed of [{ sha256: 'c'.repeat(64), receivedAt: '3 March' }, { sha256: 'x', receivedAt: '2026-03-03T09:00:00Z' }]) {
      expect(() => unpack({ ...efile, cases: [{ ...vorgang!, documents: [{ id: 'a', title: 'a', sealed }] }] })).toThrow(/sealed document a/);
    }
  });

  it('gives the same bytes for the same e-file and export time', () => {
    expect(Buffer.from(exportEFile(efile, options)).equals(Buffer.from(exportEFile(efile, options)))).toBe(true);
  });

  it('throws when two documents would land on the same path', () => {
    const [vorgang] = efile.cases;
    const twice = { ...efile, cases: [{ ...vorgang!, documents: [vorgang!.documents[0]!, vorgang!.documents[0]!] }] };
    expect(() => exportEFile(twice, options)).toThrow(/two files/);
  });
});
