// Server process entry point (`npm run server`): the HTTP API on PORT (default 8080); with
// AMTSWEG_SERVERS > 1, that many processes share the port under a supervising primary.
import cluster from 'node:cluster';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { loadAuthorities, readConfig } from '../config/index.js';
import { ensureDevPki, loadPayloadCipher, openDevCheckpointLog } from '../documents/index.js';
import { loadCatalogue } from '../definitions/index.js';
import { projectRoot, readTemporalConfig } from '../scripts/index.js';
import { openStore } from '../store/index.js';
import { Catalogue } from './Catalogue.js';
import { createLogger } from './http/requestLogger.js';
import { createLayoutService } from './layout/layoutService.js';
import { storedLayouts } from './layout/storedLayouts.js';
import { identityOptionsFromEnv } from './identity/index.js';
import { createApp } from './index.js';
import { listenHost } from './listenHost.js';
import { superviseServers } from './superviseServers.js';

const settings = readConfig();
if (cluster.isPrimary && settings.servers > 1) {
  superviseServers(settings.servers, (line) => console.log(`[server] ${line}`));
} else {
  await serve();
}

/** One API server process: connects, builds the app, listens until SIGTERM. */
async function serve() {
  const config = readTemporalConfig();
  const address = settings.temporalAddress ?? `${config.devServer.ip}:${config.devServer.port}`;
  const databaseUrl = settings.databaseUrl;
  if (!databaseUrl) {
    console.error('[server] DATABASE_URL is not set (npm start sets it; for a standalone server, point it at PostgreSQL).');
    process.exit(1);
  }
  const port = settings.port;
  const logger = createLogger({ level: settings.logLevel });

  const pkiDir = settings.pkiDir;
  const files = loadCatalogue();
  await ensureDevPki(pkiDir, [...new Set([...files.values()].map((d) => d.authority))]);
  // Every access-log append is anchored in the installation's signed checkpoint file (issue 9, finding 5).
  const store = await openStore(databaseUrl, { checkpoints: await openDevCheckpointLog(pkiDir, settings.checkpointFile) });
  const connection = await Connection.connect({ address });
  const payloadCodec = await loadPayloadCipher(settings.payloadKeyFile);
  const client = new Client({ connection, namespace: config.namespace, dataConverter: { payloadCodecs: [payloadCodec] } });
  const identity = identityOptionsFromEnv();
  // Message and stack stay in the server's log; the client gets a generic 500.
  const log = (err: unknown, context?: Record<string, unknown>) => logger.error({ ...context, err }, 'request failed');
  // ELK's thread compiles its code on a small chart now, so the first save is laid out warm.
  const layoutService = createLayoutService();
  layoutService.warm().catch((err: unknown) => log(err, { layout: 'warm-up' }));
  const layouts = storedLayouts(store, layoutService, log);
  const app = createApp({
    temporal: { client, namespace: config.namespace, taskQueue: config.taskQueue },
    store,
    authorities: loadAuthorities(settings.authoritiesFile),
    catalogue: new Catalogue(files, store),
    layouts,
    identity,
    publishApprovals: settings.publishApprovals,
    consentMaxDuration: settings.consentMaxDuration,
    log,
    trustedCertificates: async () => [await readFile(join(pkiDir, 'root.pem'), 'utf8')],
    uiDir: join(projectRoot, 'dist/ui'),
  }, logger);
  // The catalogue's procedures get their canvas layout now, one after another in ELK's thread,
  // so that a designer's first open of one finds it stored (a version that has one keeps it).
  for (const definition of files.values()) layouts.prepare(definition.id, definition.version, definition);
  const host = listenHost(identity);
  const listening = () => console.log(`[server] listening on ${host ? `http://${host}:${port} (development IdP: this machine only)` : `port ${port}, every interface`}`);
  const server = host ? app.listen(port, host, listening) : app.listen(port, listening);
  // Without a handler a port in use ended the process with a bare stack trace.
  server.once('error', (err: NodeJS.ErrnoException) => {
    const where = host ? `${host}:${port}` : `port ${port}`;
    console.error(err.code === 'EADDRINUSE'
      ? `[server] cannot listen on ${where}: the port is in use (another npm start or API server?); stop it or set PORT to a free port.`
      : `[server] cannot listen on ${where}: ${err.message}`);
    void Promise.allSettled([connection.close(), store.close()]).then(() => process.exit(1));
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close();
      void Promise.all([connection.close(), layouts.close(), store.close()]).then(() => process.exit(0));
    });
  }
}
