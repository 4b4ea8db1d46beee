import { strToU8, zipSync, type Zippable } from 'fflate';
import { canonicalJson } from './canonicalJson.js';
import type { EFile, EFileDocument, EFileSealedDocument } from './EFile.js';
import { escapeXml } from './escapeXml.js';
import { isUtcIsoString } from './isUtcIsoString.js';
import { sha256Hex } from './sha256Hex.js';
import { verifyAuditChain } from './verifyAuditChain.js';

/** Options for {@link exportEFile}. */
export interface ExportEFileOptions {
  /** UTC ISO 8601 time of the export (manifest and ZIP entry times); passed in, not read. */
  exportedAt: string;
}

interface PackedFile {
  path: string;
  content: Uint8Array;
}

const NAMESPACE = 'urn:amtsweg:xdomea-style:1';

/**
 * Packs an e-file as an xdomea-style ZIP: `xdomea.xml` (Akte → Vorgang → Dokument with ids,
 * titles, media types, sizes, SHA-256 hashes, signatures, and the audit trail with its chain
 * status) plus every document and detached signature under `dokumente/`. A sealed document
 * appears only as `<Versiegelt eingang sha256/>`, with no file. Not schema-conformant
 * xdomea — the structure a records system can map. Pure. Throws for a non-UTC `exportedAt` or
 * two documents that would land on the same path (programmer mistakes).
 */
export function exportEFile(efile: EFile, options: ExportEFileOptions): Uint8Array {
  if (!isUtcIsoString(options.exportedAt)) throw new TypeError('exportEFile: exportedAt must be UTC ISO 8601');
  const files: PackedFile[] = [];
  const pack = (path: string, content: Uint8Array): PackedFile => {
    if (files.some((f) => f.path === path)) throw new TypeError(`exportEFile: two files at ${path}`);
    const file = { path, content };
    files.push(file);
    return file;
  };

  const cases = efile.cases.map((vorgang) => [
    `  <Vorgang id="${escapeXml(vorgang.id)}">`,
    `    <Titel>${escapeXml(vorgang.title)}</Titel>`,
    ...vorgang.documents.flatMap((document) => ('sealed' in document ? sealedXml(document) : documentXml(document, pack))),
    '  </Vorgang>',
  ]);
  const chain = verifyAuditChain(efile.auditTrail);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Akte xmlns="${NAMESPACE}" id="${escapeXml(efile.id)}" exportiertAm="${options.exportedAt}">`,
    `  <Titel>${escapeXml(efile.title)}</Titel>`,
    `  <Behoerde>${escapeXml(efile.authority)}</Behoerde>`,
    ...cases.flat(),
    `  <Protokoll hashAlgorithmus="SHA-256" kanonisierung="RFC8785" kette="${efile.auditExcerpt ? 'auszug' : chain.ok ? 'intakt' : `unterbrochen-ab-${chain.firstBroken}`}">`,
    ...efile.auditTrail.map((entry) => [
      `    <Eintrag vorgang="${escapeXml(entry.caseId)}" seq="${entry.seq}" zeitpunkt="${escapeXml(entry.at)}" akteur="${escapeXml(entry.actor)}" aktion="${escapeXml(entry.action)}"`,
      `      vorherigerHash="${escapeXml(entry.prevHash ?? '')}" hash="${escapeXml(entry.hash)}">`,
      `      <Details>${escapeXml(safeJson(entry.details))}</Details>`,
      '    </Eintrag>',
    ].join('\n')),
    '  </Protokoll>',
    '</Akte>',
    '',
  ].join('\n');

  const mtime = new Date(options.exportedAt);
  const zippable: Zippable = { 'xdomea.xml': [strToU8(xml), { mtime }] };
  for (const file of files) zippable[file.path] = [file.content, { mtime }];
  return zipSync(zippable);
}

function documentXml(document: EFileDocument, pack: (path: string, content: Uint8Array) => PackedFile): string[] {
  const main = pack(`dokumente/${safeName(document.id)}-${safeName(document.fileName)}`, document.content);
  const signatures = (document.signatures ?? []).map((signature, index) => {
    const attributes = `format="${signature.format}" unterzeichner="${escapeXml(signature.signer)}" zeitpunkt="${escapeXml(signature.signedAt)}"`;
    if (!signature.content) return `      <Signatur ${attributes}/>`;
    const detached = pack(`${main.path}.${index + 1}.p7s`, signature.content);
    return [`      <Signatur ${attributes}>`, `        ${fileXml(detached, 'application/pkcs7-signature')}`, '      </Signatur>'].join('\n');
  });
  return [
    `    <Dokument id="${escapeXml(document.id)}">`,
    `      <Titel>${escapeXml(document.title)}</Titel>`,
    `      ${fileXml(main, document.mediaType, document.fileName)}`,
    ...signatures,
    '    </Dokument>',
  ];
}

function sealedXml(document: EFileSealedDocument): string[] {
  if (!isUtcIsoString(document.sealed.receivedAt) || !/^[a-f0-9]{64}$/.test(document.sealed.sha256)) {
    throw new TypeError(`exportEFile: sealed document ${document.id} needs a UTC receivedAt and a SHA-256`);
  }
  return [
    `    <Dokument id="${escapeXml(document.id)}" versiegelt="ja">`,
    `      <Titel>${escapeXml(document.title)}</Titel>`,
    `      <Versiegelt eingang="${document.sealed.receivedAt}" sha256="${document.sealed.sha256}"/>`,
    '    </Dokument>',
  ];
}

function fileXml(file: PackedFile, mediaType: string, originalName?: string): string {
  const name = originalName === undefined ? '' : ` originalName="${escapeXml(originalName)}"`;
  return `<Datei pfad="${escapeXml(file.path)}"${name} mediaType="${escapeXml(mediaType)}" groesse="${file.content.byteLength}" sha256="${sha256Hex(file.content)}"/>`;
}

/** A ZIP entry name that is safe everywhere: ASCII letters, digits, `.`, `_`, `-`; no `..`. */
function safeName(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
  return ascii.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_') || '_';
}

function safeJson(value: unknown): string {
  try {
    return canonicalJson(value);
  } catch {
    return 'null';
  }
}
