/** One environment variable Amtsweg reads: its name, what it means, and its default in words. */
export interface ConfigVariable {
  name: string;
  meaning: string;
  default: string;
}

/**
 * Every environment variable of Amtsweg, in the order of the README's table (a test keeps the two
 * equal). The defaults themselves are applied in readConfig.
 */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  { name: 'PORT', meaning: 'HTTP port of the API', default: '`8080`' },
  { name: 'DATABASE_URL', meaning: 'PostgreSQL to use (`postgres://user:pass@host:5432/db`) as the app role, which may only read and write rows (see Database roles and audit checkpoints); no local cluster is started', default: 'local cluster in `.data/pg`, role `amtsweg_app`' },
  { name: 'MIGRATION_DATABASE_URL', meaning: 'the same database as the role that owns the schema: `npm run migrate` and `npm start` migrate with it and grant `DATABASE_URL`\'s role its rights; needed with `DATABASE_URL`; `npm start` keeps it from worker and server (keep it out of their environment and `.env`)', default: 'local cluster, role `amtsweg_owner`' },
  { name: 'TEMPORAL_ADDRESS', meaning: 'Temporal frontend (`host:7233`) of an existing cluster; no dev server is started or built', default: 'embedded dev server' },
  { name: 'TEMPORAL_CLI', meaning: 'path to a `temporal` binary to use instead of building one', default: '`temporal` on PATH, else the cached build' },
  { name: 'TEMPORAL_NAMESPACE', meaning: 'override `temporal.yaml`\'s namespace', default: '`amtsweg`' },
  { name: 'TEMPORAL_TASK_QUEUE', meaning: 'override `temporal.yaml`\'s task queue', default: '`amtsweg-cases`' },
  { name: 'PG_BIN', meaning: 'folder with `initdb` and `pg_ctl`', default: '`pg_ctl` on PATH, else `/usr/lib/postgresql/<newest>/bin`' },
  { name: 'AMTSWEG_DATA_DIR', meaning: 'where `npm start` keeps its state; the CLI (`token`, `verify`, `audit`) reads the same folder. A relative path is taken from the project folder', default: '`.data`' },
  { name: 'AMTSWEG_PG_PORT', meaning: 'port of the embedded PostgreSQL', default: '`5433`' },
  { name: 'AMTSWEG_PG_HOME', meaning: 'where the cluster lives when, as root, the `postgres` user cannot enter the data folder', default: '`/var/lib/amtsweg`' },
  { name: 'TEMPORAL_PORT', meaning: 'gRPC port of the embedded Temporal dev server', default: '`7233`' },
  { name: 'TEMPORAL_UI_PORT', meaning: 'port of the Temporal web UI', default: '`8233`' },
  { name: 'AMTSWEG_CACHE', meaning: 'cache of built and fetched tools (Temporal CLI, Node.js)', default: '`~/.cache/amtsweg`' },
  { name: 'AMTSWEG_NODE', meaning: 'the Node.js binary to run on (≥ 22)', default: 'the system\'s if ≥ 22, else the pinned release from `.node-version`, fetched once' },
  { name: 'AMTSWEG_NO_FETCH_NODE', meaning: '`1`: never fetch Node.js; stop with a message instead', default: 'off' },
  { name: 'AMTSWEG_NO_APT', meaning: '`1`: the bootstrap never runs `apt-get`; it stops with the install command instead', default: 'off (installs as root)' },
  { name: 'LOG_LEVEL', meaning: 'log level of worker and server (`debug` … `error`; the server logs one JSON line per request, never headers, tokens or bodies)', default: '`info`' },
  { name: 'AMTSWEG_PUBLIC_URL', meaning: 'URL browsers use for the server; OIDC issuer, redirect URI and Secure cookies follow it', default: '`http://localhost:$PORT`' },
  { name: 'OIDC_ISSUER', meaning: 'an external OpenID Connect provider (e.g. Keycloak bridging to BundID); redirect URI `<public URL>/auth/callback`', default: 'the embedded development IdP at `/idp`' },
  { name: 'OIDC_CLIENT_ID', meaning: 'client id at the external IdP', default: '—' },
  { name: 'OIDC_CLIENT_SECRET', meaning: 'client secret at the external IdP', default: '—' },
  { name: 'OIDC_SCOPE', meaning: 'scopes asked of an external IdP', default: '`openid profile email`' },
  { name: 'OIDC_AUDIENCE', meaning: '`aud` that bearer tokens must carry', default: '`amtsweg-api`' },
  { name: 'AMTSWEG_MAX_TOKEN_LIFETIME', meaning: 'longest lifetime (`exp` − `iat`, seconds) of a bearer token the API accepts; tokens without `iat` are refused', default: '`3600`' },
  { name: 'AMTSWEG_PAYLOAD_KEY', meaning: 'key (base64, 32 bytes) that encrypts every Temporal payload; all workers and servers of an installation need the same', default: 'generated once in `.data/keys/payload.json`' },
  { name: 'AMTSWEG_PAYLOAD_KEY_ID', meaning: 'id of that key', default: '`env`' },
  { name: 'AMTSWEG_SEALING_KEY', meaning: 'key (base64, 32 bytes) that seals documents until their opening (bids); only workers need it, all of them the same, kept until everything sealed with it is opened', default: 'generated once in `.data/keys/sealing.json`' },
  { name: 'AMTSWEG_SEALING_KEY_ID', meaning: 'id of that key', default: '`env`' },
  { name: 'AMTSWEG_DEV_IDP', meaning: '`1` to run the development IdP under a public URL other than localhost, through a reverse proxy on the same machine (the server still listens on 127.0.0.1 only; anyone reaching the proxy can pick any identity)', default: 'off: refused' },
  { name: 'AMTSWEG_PUBLISH_APPROVALS', meaning: 'approvals by other designers (neither the one who asks to publish nor the last author) before a version goes live; `0` publishes at once', default: '`1` (four eyes)' },
  { name: 'AMTSWEG_CONSENT_MAX_DURATION', meaning: 'longest consent staff may ask of a citizen, in days (`P1D` … `P3650D`); longer requests are refused', default: '`P90D`' },
  { name: 'AMTSWEG_DEADLINE_NEAR_DAYS', meaning: 'how many days ahead (whole days in German time, `0` … `30`; `0`: until the end of today) the workers put a "Frist läuft ab" notice for each running deadline of an open case into its authority\'s staff inbox (and functional mailbox)', default: '`3`' },
  { name: 'AMTSWEG_WORKERS', meaning: 'worker processes `npm start` runs (1–8); one that dies is restarted, the others go on', default: '`1`' },
  { name: 'AMTSWEG_SERVERS', meaning: 'API server processes sharing `PORT` (1–8, Node cluster); one that dies is replaced, the others go on serving', default: '`1`' },
  { name: 'AMTSWEG_TRUST_PROXY', meaning: '`1` behind a reverse proxy (client IPs for rate limits from `X-Forwarded-For`)', default: 'off' },
  { name: 'SMTP_URL', meaning: 'mail server for notifications (`smtp://user:pass@host:587`)', default: 'development mail sink on `127.0.0.1:1025`' },
  { name: 'AMTSWEG_MAIL_FROM', meaning: 'sender of notification mail', default: '`Amtsweg <no-reply@amtsweg.local>`' },
  { name: 'AMTSWEG_AUTHORITIES', meaning: 'JSON file of the installation\'s authorities by id: name (de, en), postal address, state (for public holidays that end a Frist), functional mailbox; see `config/authorities.json`. A relative path is taken from the project folder', default: 'the development authorities of Musterstadt in `config/authorities.json`' },
  { name: 'AMTSWEG_PKI_DIR', meaning: 'folder of the development PKI (root CA, one seal per authority)', default: '`.data/pki`' },
  { name: 'AMTSWEG_SMTP_PORT', meaning: 'port of the development mail sink', default: '`1025`' },
];
