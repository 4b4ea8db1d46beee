import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { grantAppRole } from './grantAppRole.js';
import { migrationsList } from './migrations/index.js';
import { ormOptions } from './ormOptions.js';

/**
 * Applies pending migrations as the schema owner (`ownerUrl`: the launcher's or
 * `MIGRATION_DATABASE_URL`), then grants the role of `appUrl` (`DATABASE_URL`) what the app
 * needs and no more (grantAppRole). Returns the names of the migrations applied. The app itself
 * never migrates: its role may not change the schema.
 */
export async function migrateSchema(ownerUrl: string, appUrl: string): Promise<string[]> {
  const appRole = decodeURIComponent(new URL(appUrl).username);
  if (!appRole) throw new Error('DATABASE_URL must name its role (postgres://role:password@host/db): that role gets the app\'s rights');
  const orm = await MikroORM.init({
    ...ormOptions(ownerUrl),
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: 2 },
  });
  try {
    const applied = (await orm.getMigrator().up()).map((m) => m.name);
    await orm.em.fork().transactional((tx) => grantAppRole(tx, appRole));
    return applied;
  } finally {
    await orm.close(true);
  }
}
