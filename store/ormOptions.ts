import type { Options } from '@mikro-orm/postgresql';
import { entities } from './entities.js';

/** MikroORM options of every connection Amtsweg opens to `databaseUrl`, the app's and the owner's alike. */
export function ormOptions(databaseUrl: string): Options {
  return {
    clientUrl: databaseUrl,
    entities,
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
    debug: false,
    pool: { min: 0, max: 10 },
  };
}
