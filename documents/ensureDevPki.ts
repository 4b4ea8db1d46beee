import 'reflect-metadata';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { webcrypto } from 'node:crypto';
import { dirname } from 'node:path';
import * as x509 from '@peculiar/x509';
import { devInstallationFiles, devKeyAlgorithm, devPkiFiles } from './devPkiFiles.js';
import { derToPem, pemToDer } from './pem.js';

/** What {@link ensureDevPki} leaves behind: the root, the installation's seal and one seal per authority (PEM). */
export interface DevPki {
  rootCertificatePem: string;
  /** Signs the checkpoints of the audit trails and access logs. */
  installationCertificatePem: string;
  authorityCertificatePems: Record<string, string>;
}

/** Options for {@link ensureDevPki}; `now` only matters for tests of certificate validity. */
export interface EnsureDevPkiOptions {
  now?: Date;
}

interface Issued {
  certificate: x509.X509Certificate;
  keys: webcrypto.CryptoKeyPair;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;
const ORGANISATION = 'O=Amtsweg (development), C=DE';

/**
 * Creates the development PKI under `dir` on first call: the "Amtsweg Development Root CA", the
 * installation's seal "Amtsweg Installation" (for audit checkpoints) and a seal certificate
 * "Siegel <authority>" per authority (RSA-3072). Later calls reuse what is there
 * and only add what is missing — a new authority, or a certificate that is expired, no longer
 * matches its key or was issued by a root that has since been replaced. Never for production:
 * there an external {@link Signer} (HSM, trust-service provider) takes its place. Files are
 * replaced atomically, but two processes creating the same PKI at once may each issue a
 * certificate; run it once at start-up (bootstrap), not from every worker.
 */
export async function ensureDevPki(dir: string, authorities: readonly string[], options: EnsureDevPkiOptions = {}): Promise<DevPki> {
  const now = options.now ?? new Date();
  const rootFiles = devPkiFiles(dir);
  let root = await load(rootFiles, now);
  if (!root) {
    root = await issue(now, 'CN=Amtsweg Development Root CA', 20, undefined);
    await save(rootFiles, root);
  }
  const seal = async (files: { certificate: string; key: string }, commonName: string): Promise<string> => {
    let issued = await load(files, now);
    if (!issued || !(await issued.certificate.verify({ publicKey: root.certificate.publicKey, signatureOnly: true }))) {
      issued = await issue(now, commonName, 5, root!);
      await save(files, issued);
    }
    return certificatePem(issued);
  };
  const installationCertificatePem = await seal(devInstallationFiles(dir), 'CN=Amtsweg Installation');
  const authorityCertificatePems: Record<string, string> = {};
  for (const authority of authorities) authorityCertificatePems[authority] = await seal(devPkiFiles(dir, authority), `CN=Siegel ${authority}`);
  return { rootCertificatePem: certificatePem(root), installationCertificatePem, authorityCertificatePems };
}

/** A certificate and key from disk, or undefined when missing, unreadable, expired or mismatched. */
async function load(files: { certificate: string; key: string }, now: Date): Promise<Issued | undefined> {
  try {
    const certificate = new x509.X509Certificate(await readFile(files.certificate, 'utf8'));
    const der = pemToDer(await readFile(files.key, 'utf8'), 'PRIVATE KEY');
    const privateKey = await globalThis.crypto.subtle.importKey('pkcs8', der, devKeyAlgorithm, true, ['sign']);
    const publicKey = await certificate.publicKey.export(devKeyAlgorithm, ['verify']);
    const [own, certified] = await Promise.all([
      globalThis.crypto.subtle.exportKey('jwk', privateKey),
      globalThis.crypto.subtle.exportKey('jwk', publicKey),
    ]);
    if (own.n !== certified.n || certificate.notAfter <= now) return undefined;
    return { certificate, keys: { privateKey, publicKey } };
  } catch {
    return undefined;
  }
}

async function issue(now: Date, commonName: string, years: number, issuer: Issued | undefined): Promise<Issued> {
  const keys = await globalThis.crypto.subtle.generateKey(devKeyAlgorithm, true, ['sign', 'verify']);
  const name = `${commonName}, ${ORGANISATION}`;
  const notBefore = new Date(now.getTime() - 3600 * 1000);
  const notAfter = new Date(Math.min(now.getTime() + years * YEAR_MS, issuer?.certificate.notAfter.getTime() ?? Infinity));
  const extensions: x509.Extension[] = issuer
    ? [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
        await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey),
      ]
    : [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      ];
  extensions.push(await x509.SubjectKeyIdentifierExtension.create(keys.publicKey));
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: name,
    issuer: issuer ? issuer.certificate.subject : name,
    notBefore,
    notAfter,
    signingAlgorithm: devKeyAlgorithm,
    publicKey: keys.publicKey,
    signingKey: (issuer?.keys ?? keys).privateKey,
    extensions,
  });
  return { certificate, keys };
}

/** Positive 16-byte serial (RFC 5280 allows up to 20 octets; the leading 0x01 keeps it positive). */
function randomSerial(): string {
  return `01${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(15))).toString('hex')}`;
}

/** Writes key then certificate, each through a temporary file, so a crash never leaves half a file. */
async function save(files: { certificate: string; key: string }, issued: Issued): Promise<void> {
  await mkdir(dirname(files.certificate), { recursive: true, mode: 0o700 });
  const pkcs8 = new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', issued.keys.privateKey));
  await writeAtomically(files.key, derToPem(pkcs8, 'PRIVATE KEY'), 0o600);
  // Owner-only like everything in the data folder (issue 9, finding 6); hand out copies instead.
  await writeAtomically(files.certificate, certificatePem(issued), 0o600);
}

/** PEM as everywhere in this module (derToPem, trailing newline), so strings compare equal. */
function certificatePem(issued: Issued): string {
  return derToPem(new Uint8Array(issued.certificate.rawData), 'CERTIFICATE');
}

async function writeAtomically(path: string, text: string, mode: number): Promise<void> {
  const temporary = `${path}.${process.pid}.${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(4))).toString('hex')}.tmp`;
  await writeFile(temporary, text, { mode });
  await chmod(temporary, mode);
  await rename(temporary, path);
}
