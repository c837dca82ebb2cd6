import type { OrgUnitKind } from '@/gql/graphql';

// Tag colours and picker nesting for the org pages; which kind may hold which comes from the server (use-org-unit-rules).
export const KIND_TAG: Record<OrgUnitKind, 'danger' | 'warning' | 'primary' | 'success' | 'info'> = {
  PARTY_GROUP: 'danger',
  PARTY_COMMITTEE: 'danger',
  ORGAN_PARTY_COMMITTEE: 'warning',
  GENERAL_BRANCH: 'primary',
  BRANCH: 'success',
  PARTY_CELL: 'info',
  ACTION_BRANCH: 'warning',
};

export interface FlatUnit {
  id: string;
  name: string;
  parentId?: string | null;
  kind: OrgUnitKind;
  tenantId: string;
  /** The caller's scope writes into it (OrgUnit.writable). */
  writable: boolean;
}

export interface UnitOption {
  value: string;
  label: string;
  kind: OrgUnitKind;
  tenantId: string;
  disabled?: boolean;
  children?: UnitOption[];
}

/** The flat orgTree list as nested options for el-tree-select. */
export function nestUnits(units: readonly FlatUnit[], disable?: (u: FlatUnit) => boolean): UnitOption[] {
  const options = units.map((u) => ({ u, option: { value: u.id, label: u.name, kind: u.kind, tenantId: u.tenantId, disabled: disable?.(u) ?? false } as UnitOption }));
  const byId = new Map(options.map(({ u, option }) => [u.id, option]));
  const roots: UnitOption[] = [];
  for (const { u, option } of options) {
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    if (parent) (parent.children ??= []).push(option);
    else roots.push(option);
  }
  return roots;
}
