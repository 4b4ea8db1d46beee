import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../config/index.js';
import type { AmtswegConfig } from '../../config/index.js';
import { openDevCheckpointLog, readCheckpoints } from '../../documents/index.js';
import { localPostgresUrls } from '../../scripts/index.js';
import { openStore, verifyChains } from '../../store/index.js';
import type { ChainReport, Store } from '../../store/index.js';
import type { Command } from '../Command.js';

const USAGE = 'usage: amtsweg audit verify [--json] [--checkpoints file] [--trust root.pem] | amtsweg audit checkpoint';

/** `amtsweg audit verify` checks every hash chain against the signed checkpoints; `audit checkpoint` anchors intact chains. */
export const audit: Command = {
  name: 'audit',
  summary: 'audit verify: check every hash chain (audit trails, access logs) against the signed checkpoints',
  usage: [
    'amtsweg audit verify [--json] [--checkpoints file] [--trust root.pem]',
    'amtsweg audit checkpoint',
    '',
    'verify checks each case\'s audit trail and each citizen\'s access log: every entry\'s hash, its link',
    'to the entry before, the sequence, and — against the signed checkpoints the worker and server',
    'write outside the database (default: <data folder>/audit/checkpoints.jsonl, trusted root',
    '<PKI folder>/root.pem) — that no chain is shorter than it was or was rewritten. Reports the',
    'first broken link of each chain; exit 1 if any, or if a checkpoint line cannot be trusted.',
    'checkpoint anchors the head of every intact chain that no checkpoint covers yet (chains from',
    'before checkpoints existed), signed with the installation\'s development seal.',
    'Database: DATABASE_URL (the app role), else the local cluster of npm start as amtsweg_app',
    '(password from the data folder, keys/postgres.json).',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, options: { json: { type: 'boolean' }, checkpoints: { type: 'string' }, trust: { type: 'string' } },
    });
    const command = positionals.length === 1 ? positionals[0] : undefined;
    if (command !== 'verify' && !(command === 'checkpoint' && !values.checkpoints && !values.trust && !values.json)) throw new Error(USAGE);
    const config = readConfig();
    const roots = [await readTrustedRoot(values.trust ?? join(config.pkiDir, 'root.pem'))];
    const store = await openStore(config.databaseUrl ?? localPostgresUrls(config.postgresSecretsFile, config.pgPort, 'amtsweg').url);
    try {
      return command === 'verify'
        ? await verify(store, values.checkpoints ?? config.checkpointFile, roots, values.json ?? false)
        : await checkpoint(store, config, roots);
    } finally {
      await store.close();
    }
  },
};

/** The root certificate checkpoint keys must chain to; a missing one is a usage error, not a stack. */
async function readTrustedRoot(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`no trusted root certificate at ${path}: pass --trust root.pem`, { cause: err });
    throw err;
  }
}

async function verify(store: Store, file: string, roots: string[], json: boolean): Promise<number> {
  const found = await readCheckpoints(file, roots);
  const reports = await verifyChains(store, found.checkpoints);
  const broken = reports.filter((r) => !r.ok);
  if (json) {
    console.log(JSON.stringify({ checkpoints: { file, exists: found.exists, problems: found.problems }, chains: reports }, null, 2));
    return broken.length || found.problems.length ? 1 : 0;
  }
  for (const p of found.problems) console.log(`BROKEN checkpoints: ${file} line ${p.line}: ${p.reason}`);
  for (const r of broken) console.log(`BROKEN ${r.chain}: first broken link at entry ${r.firstBroken} (${r.reason})`);
  const loose = unanchored(reports);
  if (loose.entries) console.log(`NOTE ${loose.entries} entries of ${loose.chains} chains are not covered by a checkpoint yet (older than checkpoints, or written just before a crash): amtsweg audit checkpoint anchors them`);
  const legacy = reports.reduce((n, r) => n + (r.legacyEntries ?? 0), 0);
  if (legacy) console.log(`NOTE ${legacy} audit entries were hashed before the case id was; they verify as the first entries of their chains`);
  const against = found.exists ? `checked against ${[...found.checkpoints.values()].reduce((n, c) => n + c.length, 0)} checkpoints in ${file}` : `no checkpoint file at ${file}: only each chain's own links were checked`;
  console.log(`${reports.length} chains, ${reports.reduce((n, r) => n + r.entries, 0)} entries, ${broken.length} broken; ${against}`);
  return broken.length || found.problems.length ? 1 : 0;
}

/** Entries (and their chains) beyond the last matching checkpoint, in chains that are intact. */
function unanchored(reports: ChainReport[]): { entries: number; chains: number } {
  const loose = reports.filter((r) => r.ok && r.entries > r.anchored);
  return { entries: loose.reduce((n, r) => n + r.entries - r.anchored, 0), chains: loose.length };
}

async function checkpoint(store: Store, config: AmtswegConfig, roots: string[]): Promise<number> {
  const found = await readCheckpoints(config.checkpointFile, roots);
  const reports = await verifyChains(store, found.checkpoints);
  const log = await openDevCheckpointLog(config.pkiDir, config.checkpointFile);
  // All at once, so the log signs them in a line or two (group commit) rather than one each.
  const due = reports.flatMap((r) => (r.ok && r.head && r.entries !== r.anchored ? [{ chain: r.chain, length: r.entries, head: r.head }] : []));
  await Promise.all(due.map((head) => log.anchor(head)));
  const anchored = due.length;
  const refused = reports.filter((r) => !r.ok).length;
  console.log(`anchored ${anchored} chains in ${config.checkpointFile}${refused ? `; ${refused} broken chains left unanchored (amtsweg audit verify names them)` : ''}`);
  return refused || found.problems.length ? 1 : 0;
}
