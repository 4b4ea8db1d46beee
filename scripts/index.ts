/**
 * Launcher library shared by `npm start`, the entry points of worker and server, and the
 * integration-test set-up: configuration, the Temporal dev server, a local PostgreSQL.
 */
export { readTemporalConfig } from './lib/temporalConfig.js';
export type { DevServerOptions, SearchAttributeType, TemporalConfig } from './lib/temporalConfig.js';
export { startTemporalDevServer, stopProcess } from './lib/temporalServer.js';
export type { DevServer, DevServerSpec } from './lib/temporalServer.js';
export { APP_ROLE, OWNER_ROLE, localPostgresUrls, prepareDatabase, startLocalPostgres, withClient } from './lib/postgres.js';
export { clusterDir } from './lib/clusterDir.js';
export { restrictToOwner } from './lib/restrictToOwner.js';
export type { LocalPostgres, PostgresSecrets } from './lib/postgres.js';
export { freePort } from './lib/freePort.js';
export { waitFor } from './lib/waitFor.js';
export { findPgBin, findTemporalCli, projectRoot } from './lib/tools.mjs';
