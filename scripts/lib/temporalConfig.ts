import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './tools.mjs';

export type SearchAttributeType = 'Keyword' | 'Text' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList';

/** Dev-server options as in temporal.yaml's `devServer`. */
export interface DevServerOptions {
  ip: string;
  port: number;
  uiPort: number;
  dbFilename: string;
  logLevel: string;
  sqlitePragmas: Record<string, string>;
  /** How long the namespace keeps a completed workflow's history (temporal.yaml says why); set at every start. */
  namespaceRetentionDays?: number;
}

/** temporal.yaml, the one source of Temporal settings. */
export interface TemporalConfig {
  namespace: string;
  taskQueue: string;
  searchAttributes: Record<string, SearchAttributeType>;
  devServer: DevServerOptions;
  testServer: { sqlitePragmas: Record<string, string> };
}

/**
 * Reads temporal.yaml. `TEMPORAL_NAMESPACE` and `TEMPORAL_TASK_QUEUE` override namespace and
 * task queue (tests use a unique task queue per test).
 */
export function readTemporalConfig(file = join(projectRoot, 'temporal.yaml')): TemporalConfig {
  const config = parse(readFileSync(file, 'utf8')) as TemporalConfig;
  const env = process.env;
  return {
    ...config,
    namespace: env.TEMPORAL_NAMESPACE ?? config.namespace,
    taskQueue: env.TEMPORAL_TASK_QUEUE ?? config.taskQueue,
    devServer: { ...config.devServer, dbFilename: join(projectRoot, config.devServer.dbFilename) },
  };
}
