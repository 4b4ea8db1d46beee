import { createHash } from 'node:crypto';
import { API_PAGE_STYLE } from './renderApiPage.js';
import { LOGIN_PAGE_STYLE } from '../identity/renderLoginPage.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The Content Security Policy of every answer: scripts, styles, fonts and API calls from this
 * origin only, no inline script at all, and inline style only for the two server-rendered pages
 * (API docs, development login), each allowed by the hash of its exact text. Images may be
 * `data:` (KERN's icons) or `blob:` (previews of documents the UI fetched).
 */
export function contentSecurityPolicy() {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", hash(API_PAGE_STYLE), hash(LOGIN_PAGE_STYLE)],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      frameSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  };
}
