/**
 * Signature algorithms a {@link Signer} may implement. Only RSASSA-PKCS1-v1_5 with SHA-256 for
 * now: it is what every PDF reader, pdfsig/NSS and `openssl cms` verify without surprises.
 */
export type SignatureAlgorithm = 'RSASSA-PKCS1-v1_5-SHA256';

/**
 * Port for whoever holds an authority's private key: the development signer (`devSigner`), an HSM
 * or a qualified trust-service provider. It only produces a raw signature; all CMS/CAdES
 * structure is built in one place (`createDetachedCms`) on top of it, so an external signer needs
 * nothing but a key and its certificate. Implementations are checked by `runSignerContract`.
 */
export interface Signer {
  /** The signing certificate (PEM). Its public key must match the key behind {@link sign}. */
  readonly certificatePem: string;
  /** Issuer certificates up to and including the root (PEM), embedded into every signature. */
  readonly chainPem: readonly string[];
  /** What {@link sign} computes. */
  readonly algorithm: SignatureAlgorithm;
  /**
   * Signs `data` (hashing it with SHA-256 first, as WebCrypto does) and returns the signature value
   * exactly as it goes into a CMS SignerInfo: for RSA, the PKCS#1 v1.5 signature bytes.
   */
  sign(data: Uint8Array): Promise<Uint8Array>;
}
