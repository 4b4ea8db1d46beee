/** Persistence: MikroORM entities, migrations and the store port. The only SQL of Amtsweg. */
export { openStore } from './openStore.js';
export type { Store } from './openStore.js';
export type { EffectRecord } from './entities.js';
