import type { LocalizedText } from './types.js';

/**
 * One finding about a definition or form data: where (JSON pointer into the document), what
 * (a stable code for machines) and why (a message in German and English for people).
 */
export interface DefinitionIssue {
  path: string;
  code: string;
  message: LocalizedText;
}

/** Builds a JSON pointer (RFC 6901) from path segments. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Shorthand for a finding. */
export function issue(path: string, code: string, de: string, en: string): DefinitionIssue {
  return { path, code, message: { de, en } };
}
