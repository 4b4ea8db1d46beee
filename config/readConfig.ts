import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (config/ lives directly in it). */
export const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** What the server, the worker, the launcher and the CLI read from the environment. */
export interface AmtswegConfig {
  port: number;
  publicUrl: string;
  /** Absolute; `AMTSWEG_DATA_DIR`, relative paths taken from the project folder. */
  dataDir: string;
  pkiDir: string;
  payloadKeyFile: string;
  /** The workers' key that seals documents until their opening (bids). */
  sealingKeyFile: string;
  /** The app role's URL. Unset: the launcher starts a local cluster on `pgPort`. */
  databaseUrl: string | undefined;
  /** The schema owner's URL, for migrations; needed with `databaseUrl`. */
  migrationDatabaseUrl: string | undefined;
  /** Generated passwords of the local cluster (owner-only). */
  postgresSecretsFile: string;
  /** Signed checkpoints of every audit trail and access log, outside the database. */
  checkpointFile: string;
  pgPort: number;
  /** Unset: the embedded dev server. */
  temporalAddress: string | undefined;
  temporalPort: number | undefined;
  temporalUiPort: number | undefined;
  /** Unset: the development mail sink on `smtpPort`. */
  smtpUrl: string | undefined;
  smtpPort: number;
  mailFrom: string;
  logLevel: string;
  /** Designers other than the requester who must approve a version before it goes live. */
  publishApprovals: number;
  /** Longest `exp` − `iat` of an accepted bearer token (`AMTSWEG_MAX_TOKEN_LIFETIME`). */
  maxTokenLifetimeSeconds: number;
  /** The longest consent staff may ask for, in days (ISO 8601 `P<n>D`). */
  consentMaxDuration: string;
  /** How many days (in Berlin) ahead staff are told of a running-out deadline (`AMTSWEG_DEADLINE_NEAR_DAYS`). */
  deadlineNearDays: number;
  /** Worker processes `npm start` runs (`AMTSWEG_WORKERS`). */
  workers: number;
  /** API server processes sharing the port (`AMTSWEG_SERVERS`). */
  servers: number;
  /** The installation's authorities (names, addresses, states): `AMTSWEG_AUTHORITIES`. */
  authoritiesFile: string;
}

/** A configuration that cannot work: every problem at once, each naming its variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

/**
 * Loads `<project>/.env` into `process.env` (variables already set win), so that every entry
 * point — `npm start`, worker, server and the `amtsweg` CLI in another shell — sees one set of
 * settings. Returns the file's path when there was one.
 */
export function loadDotEnv(file = join(projectRoot, '.env')): string | undefined {
  if (!existsSync(file)) return undefined;
  process.loadEnvFile(file);
  return file;
}

/**
 * The configuration from `env` (after `.env`, for the real environment), validated: throws a
 * ConfigError naming every variable that is malformed. Defaults: see CONFIG_VARIABLES.
 */
export function readConfig(env: NodeJS.ProcessEnv = (loadDotEnv(), process.env)): AmtswegConfig {
  const problems: string[] = [];
  const port = (name: string, fallback?: number): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 65535) problems.push(`${name} must be a port number (1–65535), not "${raw}"`);
    return n;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = env[name];
    if (!raw) return undefined;
    try {
      if (!protocols.includes(new URL(raw).protocol)) problems.push(`${name} must be a ${protocols.join(' or ')} URL, not "${raw}"`);
    } catch {
      problems.push(`${name} is not a URL: "${raw}"`);
    }
    return raw;
  };
  const seconds = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) problems.push(`${name} must be a whole number of seconds (1 or more), not "${raw}"`);
    return n;
  };
  const dataDir = resolve(projectRoot, env.AMTSWEG_DATA_DIR || '.data');
  const httpPort = port('PORT', 8080)!;
  const logLevel = (env.LOG_LEVEL || 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${env.LOG_LEVEL}"`);
  const publishApprovals = Number(env.AMTSWEG_PUBLISH_APPROVALS || 1);
  if (!Number.isInteger(publishApprovals) || publishApprovals < 0 || publishApprovals > 5) {
    problems.push(`AMTSWEG_PUBLISH_APPROVALS must be a whole number from 0 to 5, not "${env.AMTSWEG_PUBLISH_APPROVALS}"`);
  }
  const consentMaxDuration = env.AMTSWEG_CONSENT_MAX_DURATION || 'P90D';
  // Whole days, at most ten years: a consent is given for one case, not for good.
  const consentDays = /^P(\d{1,4})D$/.exec(consentMaxDuration)?.[1];
  if (!consentDays || Number(consentDays) < 1 || Number(consentDays) > 3650) problems.push(`AMTSWEG_CONSENT_MAX_DURATION must be a number of days from P1D to P3650D, not "${consentMaxDuration}"`);
  const deadlineNearRaw = env.AMTSWEG_DEADLINE_NEAR_DAYS || '3';
  const deadlineNearDays = Number(deadlineNearRaw);
  if (!/^\d{1,2}$/.test(deadlineNearRaw) || deadlineNearDays > 30) problems.push(`AMTSWEG_DEADLINE_NEAR_DAYS must be a whole number of days from 0 to 30, not "${deadlineNearRaw}"`);
  const processes = (name: string): number => {
    const raw = env[name] || '1';
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 8) problems.push(`${name} must be a whole number from 1 to 8, not "${raw}"`);
    return n;
  };
  const temporalAddress = env.TEMPORAL_ADDRESS || undefined;
  if (temporalAddress && !/^[^\s/:]+:\d+$/.test(temporalAddress)) problems.push(`TEMPORAL_ADDRESS must be host:port, not "${temporalAddress}"`);
  const config: AmtswegConfig = {
    port: httpPort,
    publicUrl: (url('AMTSWEG_PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${httpPort}`).replace(/\/+$/, ''),
    dataDir,
    pkiDir: env.AMTSWEG_PKI_DIR ? (isAbsolute(env.AMTSWEG_PKI_DIR) ? env.AMTSWEG_PKI_DIR : resolve(projectRoot, env.AMTSWEG_PKI_DIR)) : join(dataDir, 'pki'),
    payloadKeyFile: join(dataDir, 'keys', 'payload.json'),
    sealingKeyFile: join(dataDir, 'keys', 'sealing.json'),
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    migrationDatabaseUrl: url('MIGRATION_DATABASE_URL', ['postgres:', 'postgresql:']),
    postgresSecretsFile: join(dataDir, 'keys', 'postgres.json'),
    checkpointFile: join(dataDir, 'audit', 'checkpoints.jsonl'),
    pgPort: port('AMTSWEG_PG_PORT', 5433)!,
    temporalAddress,
    temporalPort: port('TEMPORAL_PORT'),
    temporalUiPort: port('TEMPORAL_UI_PORT'),
    smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']),
    smtpPort: port('AMTSWEG_SMTP_PORT', 1025)!,
    mailFrom: env.AMTSWEG_MAIL_FROM || 'Amtsweg <no-reply@amtsweg.local>',
    logLevel,
    publishApprovals,
    maxTokenLifetimeSeconds: seconds('AMTSWEG_MAX_TOKEN_LIFETIME', 3600),
    consentMaxDuration,
    deadlineNearDays,
    workers: processes('AMTSWEG_WORKERS'),
    servers: processes('AMTSWEG_SERVERS'),
    authoritiesFile: env.AMTSWEG_AUTHORITIES ? resolve(projectRoot, env.AMTSWEG_AUTHORITIES) : resolve(projectRoot, 'config', 'authorities.json'),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
