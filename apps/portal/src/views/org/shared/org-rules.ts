import type { OrgUnitKind } from '@/gql/graphql';

// Mirrors libs/org-tree's rules so the forms refuse what the API would refuse, before sending it.
export const ROOT_KINDS: readonly OrgUnitKind[] = ['PARTY_GROUP', 'PARTY_COMMITTEE', 'ORGAN_PARTY_COMMITTEE'];
export const CHILD_KINDS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  PARTY_GROUP: ['ORGAN_PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'ACTION_BRANCH'],
  PARTY_COMMITTEE: ['PARTY_COMMITTEE', 'ORGAN_PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'ACTION_BRANCH'],
  ORGAN_PARTY_COMMITTEE: ['GENERAL_BRANCH', 'BRANCH', 'ACTION_BRANCH'],
  GENERAL_BRANCH: ['BRANCH', 'ACTION_BRANCH'],
  BRANCH: ['PARTY_CELL'],
  ACTION_BRANCH: ['PARTY_CELL'],
  PARTY_CELL: [],
};
export const UNIT_CODE = /^[A-Za-z0-9_-]{1,32}$/;
export const MAX_DEPTH = 7;

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
