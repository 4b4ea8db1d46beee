// `npm run migrate`: applies pending schema migrations to DATABASE_URL (for deployments
// beyond `npm start`, which migrates on its own).
import { readConfig } from '../config/index.js';
import { openStore } from '../store/index.js';

const url = readConfig().databaseUrl;
if (!url) {
  console.error('[migrate] set DATABASE_URL=postgres://user:pass@host:5432/db');
  process.exit(1);
}
const store = await openStore(url);
try {
  const applied = await store.migrate();
  console.log(applied.length ? `[migrate] applied ${applied.join(', ')}` : '[migrate] schema up to date');
} finally {
  await store.close();
}
