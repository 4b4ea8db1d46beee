import type { AppDeps } from '../AppDeps.js';
import { DEV_IDENTITIES } from '../identity/index.js';
import type { Principal } from '../http/RouteSpec.js';

/** A member of staff as colleagues see them. */
export interface StaffMember {
  sub: string;
  name: string;
  authority: string;
}

/**
 * The staff of an authority whom cases can be assigned to. With the development IdP these are
 * its clerks; with an external IdP the server knows no directory, so only the caller themself
 * (an installation plugs its directory in here).
 */
export function colleaguesOf(deps: AppDeps, principal: Principal): StaffMember[] {
  const known = deps.identity.external ? [principal] : DEV_IDENTITIES;
  return known.filter((p) => p.kind === 'staff' && p.authority !== undefined && p.authority === principal.authority)
    .map((p) => ({ sub: p.sub, name: p.name, authority: p.authority! }));
}
