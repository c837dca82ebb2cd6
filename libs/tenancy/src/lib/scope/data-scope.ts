/**
 * Which rows inside an agency a scope reaches (数据权限, DESIGN.md seam 4): the whole agency, the
 * subtree of some units (a branch secretary), or the user's own records (a member). The scoped layer
 * applies it to every entity registered with `dataScoped`; other entities are agency-wide.
 */
export type DataScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'units'; readonly unitIds: readonly string[] }
  | { readonly kind: 'own'; readonly userId: string };

export const ALL_DATA: DataScope = Object.freeze({ kind: 'all' });

export function unitsData(unitIds: readonly string[]): DataScope {
  return { kind: 'units', unitIds: [...new Set(unitIds)].sort() };
}

export function ownData(userId: string): DataScope {
  return { kind: 'own', userId };
}

export function dataScopeKey(data: DataScope): string {
  if (data.kind === 'all') return 'all';
  if (data.kind === 'own') return `own=${data.userId}`;
  return `units=${data.unitIds.join(',')}`;
}
