import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appendAuditEntry, exportEFile, sha256Hex } from '../../documents/index.js';
import type { AuditEntry } from '../../documents/index.js';
import type { Store } from '../openStore.js';
import type { ClosedCaseRecord } from '../closedCaseRepo.js';
import { closedCaseEFile } from './closedCaseEFile.js';
import { redactView } from './redactView.js';

/** Options of {@link enforceRetention}. */
export interface RetentionOptions {
  /** The moment to judge "due" by (the job passes the clock's now; tests an instant past the retention). */
  now: Date;
  /** Where the archive packages go (`akte-<case>.zip`); the installation hands them to its archive from there. */
  archiveDir: string;
  /** At most this many cases per run (the job comes again). */
  limit?: number;
}

/** What a run did, per case. */
export interface RetentionReport {
  due: number;
  deleted: { caseId: string; exportFile: string; exportSha256: string }[];
  failed: { caseId: string; message: string }[];
  /** Another process was running the job: this run did nothing. */
  busy?: true;
}

/** Writes the archive package atomically (temporary file, then rename): a crash leaves no half file under the final name. */
async function writeArchive(archiveDir: string, kept: ClosedCaseRecord, zip: Uint8Array): Promise<string> {
  await mkdir(archiveDir, { recursive: true });
  const file = join(archiveDir, `akte-${kept.caseId}.zip`);
  const part = `${file}.${randomUUID()}.part`;
  await writeFile(part, zip);
  await rename(part, file);
  return file;
}

/**
 * Enforces each definition's `retention` on closed cases: a case whose retention has run since
 * it closed is first exported as its e-file in the archive format (exportEFile, the xdomea-style
 * ZIP, with the form data and messages added), then its personal data is deleted and the audit
 * trail records `case.personal-data-deleted` — when, under which rule (retention, legal basis),
 * and the hash of the archive package. Every step is idempotent: a run that crashes in between is
 * finished by the next one; runs of several workers take turns (withRetentionLock), and the
 * deleting transaction claims its row besides.
 */
export async function enforceRetention(store: Store, options: RetentionOptions): Promise<RetentionReport> {
  return await store.withRetentionLock(() => enforceLocked(store, options)) ?? { due: 0, deleted: [], failed: [], busy: true };
}

async function enforceLocked(store: Store, options: RetentionOptions): Promise<RetentionReport> {
  const due = await store.closedCasesDue(options.now, options.limit);
  const report: RetentionReport = { due: due.length, deleted: [], failed: [] };
  const at = new Date(Math.floor(options.now.getTime() / 1000) * 1000);
  for (const kept of due) {
    try {
      const zip = exportEFile(await closedCaseEFile(store, kept), { exportedAt: at.toISOString() });
      const exportSha256 = sha256Hex(zip);
      const exportFile = await writeArchive(options.archiveDir, kept, zip);
      await store.markClosedCaseExported(kept.caseId, exportFile, exportSha256, at);
      const done = await store.deletePersonalData(kept.caseId, at, redactView(kept.view), `${kept.caseId}:personal-data-deleted`, (deleted) => (prev) =>
        appendAuditEntry(prev as AuditEntry | undefined, {
          caseId: kept.caseId, at: at.toISOString(), actor: 'system', action: 'case.personal-data-deleted',
          details: {
            rule: { retention: kept.retention, legalBasis: kept.legalBasis, procedure: kept.procedure, version: kept.version },
            closedAt: kept.closedAt.toISOString(), deleteAfter: kept.deleteAfter?.toISOString() ?? null,
            archive: { file: `akte-${kept.caseId}.zip`, sha256: exportSha256 }, deleted: { ...deleted },
          },
        }));
      if (done) report.deleted.push({ caseId: kept.caseId, exportFile, exportSha256 });
    } catch (err) {
      report.failed.push({ caseId: kept.caseId, message: err instanceof Error ? err.message : String(err) });
    }
  }
  return report;
}
