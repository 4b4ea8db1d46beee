import { UPLOAD_LIMITS } from '../../engine/index.js';

/**
 * Largest JSON body that carries form data (POST an event, PUT a draft), in bytes: the files of
 * a submission as base64 (4/3 of UPLOAD_LIMITS.totalMaxBytes) plus 512 KB for the other answers
 * and the file names. The files do not go on to Temporal: the server stores them in PostgreSQL
 * and sends references (storeFormFiles).
 */
export const FORM_BODY_LIMIT = Math.ceil((UPLOAD_LIMITS.totalMaxBytes * 4) / 3) + 512 * 1024;
