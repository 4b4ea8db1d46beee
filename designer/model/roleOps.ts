import { objectAt } from './json.js';
import type { JsonObject } from './json.js';

/** A role's name: lower case first, then letters and digits (the meta-schema's rule). */
export const ROLE_NAME = /^[a-z][A-Za-z0-9]{0,62}$/;

/** An authority's id as a staff role names it (the meta-schema's rule). */
export const AUTHORITY_ID = /^[a-z][a-z0-9-]{1,62}$/;

/** Who holds a role: citizens (and companies) or staff of an authority. */
export type RoleKind = 'citizen' | 'staff';

const rolesOf = (def: JsonObject): JsonObject => {
  def.roles = { ...objectAt(def.roles) };
  return def.roles as JsonObject;
};

/** Adds a role of `kind` with a title; a staff role may name another authority (fire protection, say). */
export function addRole(def: JsonObject, name: string, kind: RoleKind, title: { de: string; en: string }, authority?: string): void {
  if (!ROLE_NAME.test(name)) throw new Error(`invalid role name ${name}`);
  if (authority && !AUTHORITY_ID.test(authority)) throw new Error(`invalid authority ${authority}`);
  const roles = rolesOf(def);
  if (Object.hasOwn(roles, name)) throw new Error(`role ${name} exists`);
  roles[name] = { kind, title, ...(authority && kind === 'staff' ? { authority } : {}) };
}

/** A change of a role; `null` (and '' for the authority, `false` for joinable) removes the key. */
export interface RolePatch {
  kind?: RoleKind;
  title?: { de: string; en: string };
  description?: { de: string; en: string } | null;
  authority?: string | null;
  /** Citizen roles: anyone may join an open case in this role (the bidders of a tender). */
  joinable?: boolean;
}

/**
 * Changes a role's kind, title, description, authority (`null` or '' removes it: the procedure's
 * own) or whether it is joinable. A citizen role names no authority; a staff role is not
 * joinable. Other fields of the role stay.
 */
export function updateRole(def: JsonObject, name: string, patch: RolePatch): void {
  const roles = rolesOf(def);
  if (!Object.hasOwn(roles, name)) throw new Error(`no role ${name}`);
  const role = { ...objectAt(roles[name]) };
  if (patch.kind) role.kind = patch.kind;
  if (patch.title) role.title = patch.title;
  if (patch.description === null) delete role.description;
  else if (patch.description) role.description = patch.description;
  if (patch.joinable === true) role.joinable = true;
  else if (patch.joinable === false) delete role.joinable;
  if (patch.authority === null || patch.authority === '') delete role.authority;
  else if (patch.authority !== undefined) {
    if (!AUTHORITY_ID.test(patch.authority)) throw new Error(`invalid authority ${patch.authority}`);
    role.authority = patch.authority;
  }
  if (role.kind === 'citizen') delete role.authority;
  if (role.kind === 'staff') delete role.joinable;
  roles[name] = role;
}

/** Deletes a role; events and effects naming it stay, for the problems panel to name. */
export function deleteRole(def: JsonObject, name: string): void {
  delete rolesOf(def)[name];
}
