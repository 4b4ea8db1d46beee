import { parseArgs } from 'node:util';
import { readConfig } from '../../config/index.js';
import { localPostgresUrls } from '../../scripts/index.js';
import { openStore, verifyChains } from '../../store/index.js';
import type { Command } from '../Command.js';

/** `amtsweg audit verify`: checks every audit trail and access log hash chain. */
export const audit: Command = {
  name: 'audit',
  summary: 'audit verify: check every hash chain (audit trails, access logs) in the database',
  usage: [
    'amtsweg audit verify [--json]',
    '',
    'Checks each case\'s audit trail and each citizen\'s access log: every entry\'s hash, its link to',
    'the entry before, and the sequence. Reports the first broken link of each chain; exit 1 if any.',
    'Database: DATABASE_URL (the app role), else the local cluster of npm start as amtsweg_app',
    '(password from the data folder, keys/postgres.json).',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    if (positionals[0] !== 'verify') throw new Error('usage: amtsweg audit verify [--json]');
    const config = readConfig();
    const store = await openStore(config.databaseUrl ?? localPostgresUrls(config.postgresSecretsFile, config.pgPort, 'amtsweg').url);
    try {
      const reports = await verifyChains(store);
      const broken = reports.filter((r) => !r.ok);
      if (values.json) console.log(JSON.stringify(reports, null, 2));
      else {
        for (const r of broken) console.log(`BROKEN ${r.chain}: first broken link at entry ${r.firstBroken} (${r.reason})`);
        console.log(`${reports.length} chains, ${reports.reduce((n, r) => n + r.entries, 0)} entries, ${broken.length} broken`);
      }
      return broken.length ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
