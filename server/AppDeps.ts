import type { Client } from '@temporalio/client';
import type { ProcedureConfig } from '../engine/index.js';
import type { Store } from '../store/index.js';

/** What the HTTP API needs. */
export interface AppDeps {
  temporal: { client: Client; namespace: string; taskQueue: string };
  store: Store;
  /** Published procedures by id. */
  catalogue: Map<string, ProcedureConfig>;
  log: (err: unknown, context?: Record<string, unknown>) => void;
  /** Trust anchors (PEM) for verifying receipts and seals: the PKI's root certificate(s). */
  trustedCertificates: () => Promise<string[]>;
}
