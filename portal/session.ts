// The session is shared with the workbench: it lives in ui/ (ui/session/session.ts).
export { loginUrl, logout, useMe } from '../ui/index.js';
export type { Me } from '../ui/index.js';
