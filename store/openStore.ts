import { MikroORM } from '@mikro-orm/postgresql';
import type { OptionalProps } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { EffectRecordSchema, entities } from './entities.js';
import type { EffectRecord } from './entities.js';
import { migrationsList } from './migrations/index.js';

/** The persistence port the workers and the server use. All SQL of Amtsweg lives behind it. */
export interface Store {
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /** Records an effect once: a second call with the same key changes nothing. Returns true when inserted. */
  recordEffect(record: Omit<EffectRecord, 'createdAt' | typeof OptionalProps>): Promise<boolean>;
  /** Effects recorded for a case, oldest first. */
  effectsOf(caseId: string): Promise<EffectRecord[]>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Connects to PostgreSQL (`postgres://…` URL) through MikroORM. */
export async function openStore(databaseUrl: string): Promise<Store> {
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
    debug: false,
    pool: { min: 0, max: 5 },
  });
  return {
    async migrate() {
      const applied = await orm.getMigrator().up();
      return applied.map((m) => m.name);
    },
    async recordEffect(record) {
      const em = orm.em.fork();
      const result = await em.createQueryBuilder(EffectRecordSchema).insert(record).onConflict('key').ignore().execute('run');
      return (result.affectedRows ?? 0) > 0;
    },
    async effectsOf(caseId) {
      return orm.em.fork().find(EffectRecordSchema, { caseId }, { orderBy: { eventSeq: 'asc', effectIndex: 'asc' } });
    },
    async ping() {
      await orm.em.fork().getConnection().execute('select 1');
    },
    async close() {
      await orm.close(true);
    },
  };
}
