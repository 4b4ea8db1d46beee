/**
 * Configuration: every environment variable Amtsweg reads, with its default, read and validated
 * in one place that the launcher, worker, server and CLI all use (ARCHITECTURE.md), and the
 * secrets an installation generates for itself on first start (readOrCreateSecret).
 */
export { ConfigError, loadDotEnv, projectRoot, readConfig } from './readConfig.js';
export type { AmtswegConfig } from './readConfig.js';
export { CONFIG_VARIABLES } from './variables.js';
export { readOrCreateSecret } from './readOrCreateSecret.js';
export type { ConfigVariable } from './variables.js';
export { DEFAULT_AUTHORITIES_FILE, loadAuthorities } from './authorities.js';
export type { Authorities, AuthorityProfile } from './authorities.js';
// The states and their holidays belong to the engine, which counts Fristen in them.
export { GERMAN_STATES } from '../engine/index.js';
export type { GermanState } from '../engine/index.js';
