import { Migration20261127000000_effects } from './Migration20261127000000_effects.js';

/** All migrations in order; listed explicitly so no file discovery happens at run time. */
export const migrationsList = [
  { name: 'Migration20261127000000_effects', class: Migration20261127000000_effects },
];
