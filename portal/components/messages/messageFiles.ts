import { MESSAGE_LIMITS } from '../../../engine/index.js';

/** A problem with the message before it is sent: the i18n key of its text, its values, and the field it belongs to. */
export interface MessageProblem {
  field: 'message-text' | 'message-files';
  key: string;
  values?: Record<string, string | number>;
}

/** Checks text and files against MESSAGE_LIMITS; empty when the message may be sent. */
export function checkMessage(text: string, files: File[]): MessageProblem[] {
  const L = MESSAGE_LIMITS;
  const problems: MessageProblem[] = [];
  if (!text.trim()) problems.push({ field: 'message-text', key: 'errors.textRequired' });
  if (text.length > L.textMaxLength) problems.push({ field: 'message-text', key: 'errors.textTooLong', values: { max: L.textMaxLength } });
  if (files.length > L.maxFiles) problems.push({ field: 'message-files', key: 'errors.tooMany', values: { max: L.maxFiles } });
  files.forEach((f, i) => {
    if (!(L.mediaTypes as readonly string[]).includes(f.type)) problems.push({ field: 'message-files', key: 'errors.fileType', values: { name: f.name } });
    else if (f.size > L.fileMaxBytes) problems.push({ field: 'message-files', key: 'errors.fileSize', values: { name: f.name } });
    if (files.findIndex((g) => g.name === f.name) < i) problems.push({ field: 'message-files', key: 'errors.duplicate', values: { name: f.name } });
  });
  if (files.reduce((sum, f) => sum + f.size, 0) > L.totalMaxBytes) problems.push({ field: 'message-files', key: 'errors.total' });
  return problems;
}

/** A file as the API takes it: name, media type and its content as a data URL. */
export function toAttachment(file: File): Promise<{ name: string; mediaType: string; dataUrl: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, mediaType: file.type, dataUrl: String(reader.result) });
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
