import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../config/index.js';
import { localPostgresUrls } from '../../scripts/index.js';
import { enforceRetention, openStore } from '../../store/index.js';
import type { Command } from '../Command.js';

const USAGE = 'usage: amtsweg retention run [--json] | amtsweg retention due [--json]';

/** `amtsweg retention run`: the workers' hourly retention job, now; `retention due` lists what it would delete. */
export const retention: Command = {
  name: 'retention',
  summary: 'retention run: archive and delete the personal data of closed cases whose retention has run (as the workers do hourly)',
  usage: [
    USAGE,
    '',
    'run does at once what every worker does hourly: each closed case whose definition\'s retention',
    '(counted from its closing) has run is exported as its e-file in the archive format',
    '(<data folder>/archive/akte-<case>.zip), then its personal data is deleted and its audit trail',
    'records when and under which rule. Exit 1 if a case could not be done (it is tried again).',
    'due lists those cases without touching them.',
    'Database: DATABASE_URL (the app role), else the local cluster of npm start as amtsweg_app.',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const command = positionals.length === 1 ? positionals[0] : undefined;
    if (command !== 'run' && command !== 'due') throw new Error(USAGE);
    const config = readConfig();
    const store = await openStore(config.databaseUrl ?? localPostgresUrls(config.postgresSecretsFile, config.pgPort, 'amtsweg').url);
    try {
      const now = new Date();
      if (command === 'due') {
        const due = await store.closedCasesDue(now, 1000);
        if (values.json) console.log(JSON.stringify(due.map(({ caseId, procedure, closedAt, retention: r, deleteAfter }) => ({ caseId, procedure, closedAt, retention: r, deleteAfter })), null, 2));
        else for (const c of due) console.log(`${c.caseId}  ${c.procedure}  closed ${c.closedAt.toISOString()}  retention ${c.retention}  due ${c.deleteAfter?.toISOString()}`);
        if (!values.json) console.log(`${due.length} closed cases due for deletion of their personal data`);
        return 0;
      }
      const report = await enforceRetention(store, { now, archiveDir: join(config.dataDir, 'archive') });
      if (values.json) console.log(JSON.stringify(report, null, 2));
      else {
        for (const d of report.deleted) console.log(`DELETED ${d.caseId}: archived as ${d.exportFile} (sha256 ${d.exportSha256})`);
        for (const f of report.failed) console.log(`FAILED ${f.caseId}: ${f.message}`);
        console.log(`${report.due} due, ${report.deleted.length} archived and deleted, ${report.failed.length} failed`);
      }
      return report.failed.length ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
