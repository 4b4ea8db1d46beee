// `npm run migrate`: applies pending schema migrations as the schema owner
// (MIGRATION_DATABASE_URL) and grants the app role of DATABASE_URL its rights (for deployments
// beyond `npm start`, which migrates on its own).
import { readConfig } from '../config/index.js';
import { migrateSchema } from '../store/index.js';

const { databaseUrl, migrationDatabaseUrl } = readConfig();
if (!databaseUrl || !migrationDatabaseUrl) {
  console.error('[migrate] set MIGRATION_DATABASE_URL=postgres://owner:pass@host:5432/db (the schema owner) and DATABASE_URL=postgres://app:pass@host:5432/db (the app role, which gets its rights)');
  process.exit(1);
}
const applied = await migrateSchema(migrationDatabaseUrl, databaseUrl);
console.log(applied.length ? `[migrate] applied ${applied.join(', ')}` : '[migrate] schema up to date');
