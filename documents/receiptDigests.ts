import { canonicalJson } from './canonicalJson.js';
import type { ListedAttachment, ReceivedAttachment, SealedAttachment } from './Receipt.js';
import { sha256Hex } from './sha256Hex.js';

/** SHA-256 (hex) of the RFC 8785 canonical form of form data: key order and spacing do not count. */
export function dataSha256(data: unknown): string {
  return sha256Hex(canonicalJson(data));
}

/** The receipt's entry for an attachment: name, media type, SHA-256 and size of its content. */
export function describeAttachment(attachment: ReceivedAttachment): ListedAttachment {
  const { name, mediaType, content } = attachment;
  return { name, mediaType, sha256: sha256Hex(content), size: content.byteLength };
}

/** The receipt's entry for an attachment of a sealed submission: the SHA-256 of its content only. */
export function hashAttachment(attachment: ReceivedAttachment): SealedAttachment {
  return { sha256: sha256Hex(attachment.content) };
}
