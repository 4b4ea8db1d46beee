import type { OptionalProps } from '@mikro-orm/postgresql';
import { EntitySchema } from '@mikro-orm/postgresql';

/**
 * One carried-out effect of a case. The primary key is the idempotency key
 * (case id, event sequence, effect index), so a retried activity records nothing twice.
 */
export interface EffectRecord {
  [OptionalProps]?: 'createdAt';
  key: string;
  caseId: string;
  eventSeq: number;
  effectIndex: number;
  type: string;
  params: Record<string, unknown>;
  createdAt: Date;
}

export const EffectRecordSchema = new EntitySchema<EffectRecord>({
  name: 'EffectRecord',
  tableName: 'effect_record',
  properties: {
    key: { type: 'string', primary: true },
    caseId: { type: 'string', index: true },
    eventSeq: { type: 'integer' },
    effectIndex: { type: 'integer' },
    type: { type: 'string' },
    params: { type: 'json' },
    createdAt: { type: 'Date', defaultRaw: 'now()' },
  },
});

/** Every entity of the store, for MikroORM's discovery. */
export const entities = [EffectRecordSchema];
