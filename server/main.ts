// Server process entry point (`npm run server`): the HTTP API on PORT (default 8080).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { ensureDevPki, loadPayloadCipher } from '../documents/index.js';
import { loadCatalogue } from '../definitions/index.js';
import { projectRoot, readTemporalConfig } from '../scripts/index.js';
import { openStore } from '../store/index.js';
import { Catalogue } from './Catalogue.js';
import { createLogger } from './http/requestLogger.js';
import { identityOptionsFromEnv } from './identity/index.js';
import { createApp } from './index.js';

const config = readTemporalConfig();
const address = process.env.TEMPORAL_ADDRESS ?? `${config.devServer.ip}:${config.devServer.port}`;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('[server] DATABASE_URL is not set (npm start sets it; for a standalone server, point it at PostgreSQL).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);
const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });

const pkiDir = process.env.AMTSWEG_PKI_DIR ?? join(projectRoot, '.data', 'pki');
const files = loadCatalogue();
await ensureDevPki(pkiDir, [...new Set([...files.values()].map((d) => d.authority))]);
const store = await openStore(databaseUrl);
const connection = await Connection.connect({ address });
const dataDir = process.env.AMTSWEG_DATA_DIR ?? join(projectRoot, '.data');
const payloadCodec = await loadPayloadCipher(join(dataDir, 'keys', 'payload.json'));
const client = new Client({ connection, namespace: config.namespace, dataConverter: { payloadCodecs: [payloadCodec] } });
const app = createApp({
  temporal: { client, namespace: config.namespace, taskQueue: config.taskQueue },
  store,
  catalogue: new Catalogue(files, store),
  identity: identityOptionsFromEnv(),
  // Message and stack stay in the server's log; the client gets a generic 500.
  log: (err, context) => logger.error({ ...context, err }, 'request failed'),
  trustedCertificates: async () => [await readFile(join(pkiDir, 'root.pem'), 'utf8')],
}, logger);
const server = app.listen(port, () => console.log(`[server] listening on http://localhost:${port}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void Promise.all([connection.close(), store.close()]).then(() => process.exit(0));
  });
}
