import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';
import type { OidcRepo } from '../../store/index.js';

/**
 * oidc-provider's storage in PostgreSQL: every model (Session, Interaction, AuthorizationCode,
 * Grant, …) is a row keyed by model and id. With it, the development IdP's state is shared by
 * every API server of an installation and survives a restart.
 */
export function pgOidcAdapter(store: OidcRepo): AdapterFactory {
  return (model: string): Adapter => ({
    upsert: (id, payload, expiresIn) => store.upsertOidc(model, id, payload, expiresIn),
    find: async (id) => (await store.findOidc(model, id)) as AdapterPayload | undefined,
    findByUid: async (uid) => (await store.findOidcBy(model, 'uid', uid)) as AdapterPayload | undefined,
    findByUserCode: async (userCode) => (await store.findOidcBy(model, 'user_code', userCode)) as AdapterPayload | undefined,
    consume: (id) => store.consumeOidc(model, id),
    destroy: (id) => store.destroyOidc(model, id),
    revokeByGrantId: (grantId) => store.revokeOidcGrant(grantId),
  });
}
