import { sha256Hex } from '../../documents/index.js';
import { MESSAGE_LIMITS, sniffMediaType } from '../../engine/index.js';
import type { DefinitionIssue } from '../../engine/index.js';
import type { JsonSchema } from '../http/RouteSpec.js';


/** Largest JSON body of `POST /api/cases/:id/messages`: the files as base64 (4/3) plus text and field names. */
export const MESSAGE_BODY_LIMIT = '15mb';

/** A message as posted. */
export interface MessageBody {
  text: string;
  attachments?: { name: string; mediaType: string; dataUrl: string }[];
}

/** The body schema: shapes only; limits are checked by `readMessageBody`, so a breach is a 422 naming the field. */
export const messageBodySchema: JsonSchema = {
  type: 'object', required: ['text'], additionalProperties: false,
  properties: {
    text: { type: 'string', description: `1–${MESSAGE_LIMITS.textMaxLength} characters` },
    attachments: {
      type: 'array', maxItems: 50, description: `At most ${MESSAGE_LIMITS.maxFiles} files (${MESSAGE_LIMITS.mediaTypes.join(', ')}), each at most 5 MB, together at most 10 MB`,
      items: {
        type: 'object', required: ['name', 'mediaType', 'dataUrl'], additionalProperties: false,
        properties: { name: { type: 'string' }, mediaType: { type: 'string' }, dataUrl: { type: 'string', description: 'data:<mediaType>;base64,…' } },
      },
    },
  },
};

/** A file of a message, decoded and hashed. */
export interface MessageFile {
  name: string;
  mediaType: string;
  content: Uint8Array;
  sha256: string;
}

const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)(?:;[\w-]+=[^;,]*)*;base64,([A-Za-z0-9+/]*={0,2})$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const BAD_NAME = /[\u0000-\u001f\u007f/\\]/;

const problem = (path: string, code: string, de: string, en: string): DefinitionIssue => ({ path, code, message: { de, en } });

/**
 * Checks a posted message against MESSAGE_LIMITS and decodes its files: the text (not blank,
 * not too long), the number of files, each file's name, media type (declared, in its data URL
 * and by its first bytes alike) and size, and their total. Errors are data with JSON pointers.
 */
export function readMessageBody(body: MessageBody): { ok: true; text: string; files: MessageFile[] } | { ok: false; errors: DefinitionIssue[] } {
  const L = MESSAGE_LIMITS;
  const errors: DefinitionIssue[] = [];
  if (!body.text.trim()) errors.push(problem('/text', 'text-required', 'Bitte geben Sie einen Text ein.', 'Please enter a text.'));
  if (body.text.length > L.textMaxLength) {
    errors.push(problem('/text', 'text-too-long', `Der Text darf höchstens ${L.textMaxLength} Zeichen lang sein.`, `The text must be at most ${L.textMaxLength} characters long.`));
  }
  const attachments = body.attachments ?? [];
  if (attachments.length > L.maxFiles) {
    errors.push(problem('/attachments', 'too-many-files', `Sie können höchstens ${L.maxFiles} Dateien anhängen.`, `You can attach at most ${L.maxFiles} files.`));
  }
  const files: MessageFile[] = [];
  attachments.slice(0, L.maxFiles).forEach((a, i) => {
    const at = `/attachments/${i}`;
    const name = a.name.trim();
    if (!name || name.length > L.nameMaxLength || BAD_NAME.test(name)) {
      errors.push(problem(`${at}/name`, 'invalid-file-name', 'Der Dateiname ist leer, zu lang oder enthält unzulässige Zeichen.', 'The file name is empty, too long or holds characters that are not allowed.'));
    } else if (files.some((f) => f.name === name)) {
      errors.push(problem(`${at}/name`, 'duplicate-file-name', `Eine Datei namens „${name}“ ist schon angehängt.`, `A file named "${name}" is attached already.`));
    }
    const m = DATA_URL.exec(a.dataUrl);
    const allowed = (L.mediaTypes as readonly string[]).includes(a.mediaType);
    if (!allowed || !m || m[1] !== a.mediaType) {
      errors.push(problem(at, 'file-type', `„${name}“: erlaubt sind nur PDF, PNG und JPEG.`, `"${name}": only PDF, PNG and JPEG are allowed.`));
      return;
    }
    // Size from the base64 length first, so an oversized file is refused before it is decoded.
    const payload = m[2]!;
    const size = Math.floor((payload.length * 3) / 4) - (payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0);
    if (size > L.fileMaxBytes) {
      errors.push(problem(at, 'file-too-large', `„${name}“ ist größer als 5 MB.`, `"${name}" is larger than 5 MB.`));
      return;
    }
    const content = new Uint8Array(Buffer.from(payload, 'base64'));
    if (content.byteLength === 0 || sniffMediaType(content) !== a.mediaType) {
      errors.push(problem(at, 'file-type', `„${name}“ ist keine gültige ${a.mediaType === 'application/pdf' ? 'PDF' : 'Bild'}-Datei.`, `"${name}" is not a valid ${a.mediaType} file.`));
      return;
    }
    files.push({ name, mediaType: a.mediaType, content, sha256: sha256Hex(content) });
  });
  if (files.reduce((sum, f) => sum + f.content.byteLength, 0) > L.totalMaxBytes) {
    errors.push(problem('/attachments', 'files-too-large', 'Die Dateien sind zusammen größer als 10 MB.', 'The files together are larger than 10 MB.'));
  }
  return errors.length ? { ok: false, errors } : { ok: true, text: body.text, files };
}
