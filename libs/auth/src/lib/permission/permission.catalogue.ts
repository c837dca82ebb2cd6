import { Role } from '../session/role.enum';

/** What one named permission lets a user do, and the roles that hold it. */
export interface PermissionGrant {
  /** For people: the users page and the portal's hints show it (zh-CN). */
  label: string;
  roles: readonly Role[];
}

/** A module's permissions by name (`area.verb`, e.g. `org.units.manage`). */
export type PermissionGrants = Readonly<Record<string, PermissionGrant>>;

export interface PermissionEntry extends PermissionGrant {
  name: string;
}

const PERMISSION_NAME = /^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/;

/**
 * The one answer to "who may do what": built at composition from every module's grants. Resolvers
 * name permissions (`@Authorized(OrgPermission.UNITS_MANAGE)`), never roles; the portal reads the
 * same catalogue through `me.permissions`.
 */
export class PermissionCatalogue {
  private readonly entries = new Map<string, PermissionEntry>();

  constructor(grants: readonly PermissionGrants[]) {
    for (const group of grants) {
      for (const [name, grant] of Object.entries(group)) {
        if (!PERMISSION_NAME.test(name)) throw new Error(`Permission name "${name}" must look like area.verb`);
        if (this.entries.has(name)) throw new Error(`Permission ${name} is granted by two modules`);
        this.entries.set(name, { name, label: grant.label, roles: [...grant.roles] });
      }
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Every permission any of the roles holds. */
  permissionsOf(roles: readonly Role[]): ReadonlySet<string> {
    const held = new Set<string>();
    for (const entry of this.entries.values()) if (entry.roles.some((r) => roles.includes(r))) held.add(entry.name);
    return held;
  }

  list(): PermissionEntry[] {
    return [...this.entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** Declares a module's permission names once, so resolvers and grants spell them alike. */
export function permissionNames<const T extends Record<string, string>>(names: T): T {
  for (const name of Object.values(names)) {
    if (!PERMISSION_NAME.test(name)) throw new Error(`Permission name "${name}" must look like area.verb`);
  }
  return names;
}

