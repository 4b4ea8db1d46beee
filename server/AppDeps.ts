import type { Client } from '@temporalio/client';
import type { Authorities } from '../config/index.js';
import type { Store } from '../store/index.js';
import type { Catalogue } from './Catalogue.js';
import type { RateLimitOptions } from './http/rateLimits.js';
import type { StoredLayouts } from './layout/storedLayouts.js';
import type { IdentityOptions } from './identity/index.js';

/** What the HTTP API needs. */
export interface AppDeps {
  temporal: { client: Client; namespace: string; taskQueue: string };
  store: Store;
  /**
   * The installation's authorities (`AMTSWEG_AUTHORITIES`): a new case counts its Fristen in
   * the public holidays of its authority's state; an authority not named here, nationwide ones only.
   */
  authorities?: Authorities;
  /** Published procedures (files and designer publications). */
  catalogue: Catalogue;
  /** Canvas layouts laid out by the server when a version is saved; none: the designer's browser lays them out. */
  layouts?: StoredLayouts;
  identity: IdentityOptions;
  rateLimits?: RateLimitOptions;
  /** The longest consent staff may ask for (ISO 8601, `AMTSWEG_CONSENT_MAX_DURATION`; default P90D). */
  consentMaxDuration?: string;
  log: (err: unknown, context?: Record<string, unknown>) => void;
  /** Approvals by other designers a version needs before it goes live (four eyes); default 1. */
  publishApprovals?: number;
  /** The built UIs (dist/ui) to serve at `/`, `/workbench/`, `/designer/`; none: API only. */
  uiDir?: string;
  /** Trust anchors (PEM) for verifying receipts and seals: the PKI's root certificate(s). */
  trustedCertificates: () => Promise<string[]>;
}
